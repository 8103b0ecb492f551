import sys

from hiring_app.cli import main

sys.exit(main())
