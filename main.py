"""Open the Hiring Assistant (招聘面试助手). Same as the `hiring-app` command."""
import sys

from hiring_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
