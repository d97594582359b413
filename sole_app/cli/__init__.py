"""The command line: ``sole-app`` opens the window; subcommands script the data without Qt.

Each subcommand module has ``register(subparsers)``, which adds its parser and sets
``handler(args, paths) -> int`` as the parser's default; a handler that needs the composition
root's services (cli/services.py) also sets ``with_services=True`` and is called
``handler(args, paths, services)``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sole_app import APP_NAME, __version__
from sole_app.cli.services import Services
from sole_app.core.errors import SoleError
from sole_app.core.paths import DATA_DIR_ENV, DataPaths

COMMAND_MODULES: list[str] = ["sole_app.cli.sessions", "sole_app.cli.questions"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sole-app",
        description=(
            f"{APP_NAME}: run SOLE sessions (big question on the projector, phase timer, "
            "group findings) and keep a question bank. With no command, opens the window."
        ),
        epilog=(
            f"The data folder holds the database, its backups and the settings. It is chosen by "
            f"--data-dir, else the {DATA_DIR_ENV} environment variable, else the platform's "
            "user data folder."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help=f"folder for the database, backups and settings (or {DATA_DIR_ENV})",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for module_name in COMMAND_MODULES:
        module = __import__(module_name, fromlist=["register"])
        module.register(subparsers)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace, services: Services | None = None) -> int:
    """Run a subcommand; expected errors become one sentence on stderr and exit code 1."""
    try:
        paths = DataPaths.resolve(args.data_dir).ensure()
        if getattr(args, "with_services", False):
            return args.handler(args, paths, services or Services())
        return args.handler(args, paths)
    except SoleError as error:
        print(f"sole-app: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
