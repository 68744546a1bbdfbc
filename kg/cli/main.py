"""Entry point of the ``kg`` command: collects the command modules and maps errors to exit codes.

Every module in ``kg.cli`` that defines ``NAME`` and a ``command`` function is a sub-command.
Command modules import heavy libraries inside ``command`` only, so ``kg --help`` stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from typing import Annotated

import typer

from ..errors import KGError

app = typer.Typer(
    name="kg",
    help="Build knowledge graphs from news text: triples, RDF, analysis and offline HTML.\n\n"
    "Exit codes: 0 success; 1 error; 2 bad input, option or language; 3 model missing; "
    "4 finished, but some documents were skipped (each named on stderr).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from ..version import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True,
                     help="Print kg's version and exit."),
    ] = False,
) -> None:
    """Options of ``kg`` itself (``--version``)."""


def _register() -> None:
    from .. import cli

    for info in sorted(pkgutil.iter_modules(cli.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name == "main":
            continue
        module = importlib.import_module(f"{cli.__name__}.{info.name}")
        name = getattr(module, "NAME", None)
        command = getattr(module, "command", None)
        if name and command:
            app.command(name=name, help=(command.__doc__ or "").strip())(command)


_register()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; a :class:`KGError` becomes a one-line message and a non-zero exit code."""
    try:
        app(args=argv, standalone_mode=True)
    except KGError as err:
        typer.echo(f"kg: error: {err}", err=True)
        return err.exit_code
    except SystemExit as ex:  # click's own exits: --help, usage errors, Abort
        code = ex.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except KeyboardInterrupt:
        typer.echo("kg: interrupted", err=True)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
