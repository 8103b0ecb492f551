"""`hiring-app screenshots -o DIR`: every screen of the window, offscreen, one PNG per screen,
language and size (the Qt work is in hiring_app/ui/screenshots.py, imported only when the
command runs: the command line without it starts fast)."""
from __future__ import annotations

import argparse
import re
import sys

from hiring_app.i18n import LANGUAGES, Message

DEFAULT_SIZES = ((1024, 700), (1366, 768), (1920, 1080))
# The window's own minimum size, and a generous largest screen.
MIN_SIZE, MAX_SIZE = (720, 480), (7680, 4320)
_SIZE = re.compile(r"(\d{1,5})[x×X*](\d{1,5})")


def window_size(value: str) -> tuple[int, int]:
    """'1366x768' as (1366, 768), within the sizes the window can take."""
    from hiring_app.cli import ArgumentMistake

    found = _SIZE.fullmatch(value.strip())
    if found is None:
        raise ArgumentMistake(Message("usage.size_format", value=value))
    size = (int(found[1]), int(found[2]))
    if not (MIN_SIZE[0] <= size[0] <= MAX_SIZE[0] and MIN_SIZE[1] <= size[1] <= MAX_SIZE[1]):
        raise ArgumentMistake(Message("usage.size_range", low="x".join(map(str, MIN_SIZE)),
                                      high="x".join(map(str, MAX_SIZE))))
    return size


def _screenshots(args: argparse.Namespace) -> int:
    from hiring_app import paths
    from hiring_app.cli import message_language, say
    from hiring_app.domain.text import printable
    from hiring_app.i18n import text

    language = message_language(args)
    from hiring_app.ui.screenshots import SCREENS, render_all, size_name

    languages = list(dict.fromkeys(args.shot_languages or LANGUAGES))
    sizes = list(dict.fromkeys(args.sizes or DEFAULT_SIZES))

    def progress(done: int, total: int, shot) -> None:
        print("hiring-app: " + printable(text(
            "cli.screenshots.progress", language, done=done, total=total,
            size=size_name(shot.size), lang=shot.language, screen=shot.screen)),
            file=sys.stderr, flush=True)

    shots = render_all(paths.data_dir(args.data_dir), args.output, languages, sizes, progress)
    say(args, "cli.screenshots.done", count=len(shots), folder=args.output,
        screens=len(SCREENS), languages=len(languages), sizes=len(sizes))
    if args.list_clipped:
        clips = [(shot, clip) for shot in shots for clip in shot.clips]
        for shot, clip in clips:
            say(args, "cli.screenshots.clip" if clip.axis == "width"
                else "cli.screenshots.clip_height", size=size_name(shot.size),
                lang=shot.language, screen=clip.screen, widget=clip.widget,
                text=clip.text, needed=clip.needed, available=clip.available)
        say(args, "cli.screenshots.clipped", count=len(clips))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    shots = sub.add_parser(
        "screenshots", help="render every screen of the window to PNG files (offscreen), one "
        "per screen, language and size, on the current company (which is not changed)")
    shots.add_argument("-o", "--output", required=True, metavar="DIR",
                       help="folder for the pictures: DIR/WIDTHxHEIGHT/LANG/NN-screen.png "
                       "(owner-only: they show candidates' personal data)")
    shots.add_argument("--lang", dest="shot_languages", choices=LANGUAGES, nargs="+",
                       action="extend", metavar="{zh,en,es}",
                       help="languages of the window (default: all three)")
    shots.add_argument("--size", dest="sizes", type=window_size, nargs="+", action="extend",
                       metavar="WxH",
                       help="window sizes (default: 1024x700 1366x768 1920x1080)")
    shots.add_argument("--list-clipped", action="store_true",
                       help="also list every text a screen cuts off")
    shots.set_defaults(func=_screenshots)
