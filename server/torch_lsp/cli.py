"""The `torch-lsp` command: serve, verify, check."""

from __future__ import annotations

import argparse
import logging
import sys
import warnings


def _serve(args: argparse.Namespace) -> int:
    from .gc_policy import defer_full_collections
    from .server import create_server
    from .stdio import start_stdio

    defer_full_collections()
    # pygls warns about every cancellation of an already answered request: editors do that routinely.
    logging.getLogger("pygls.protocol").setLevel(logging.ERROR)
    server = create_server()
    if args.tcp:
        host, _, port = args.tcp.rpartition(":")
        server.start_tcp(host or "127.0.0.1", int(port))
    else:
        start_stdio(server)
    return 0


def _verify(args: argparse.Namespace) -> int:
    from .device import resolve_device
    from .knowledge.loader import load
    from .knowledge.report import run_report
    from .knowledge.verify import FAIL

    device = resolve_device(args.device)
    lines, counts = run_report(load(), device, args.language, quiet=args.quiet)
    print("\n".join(lines))
    return 1 if counts[FAIL] else 0


def _check(args: argparse.Namespace) -> int:
    from .check import run_check

    return run_check(
        args.paths, output_format=args.format, hints=args.hints, explain=args.explain, budget_s=args.budget
    )


COMMANDS = ("serve", "verify", "check")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `torch-lsp` command."""
    parser = argparse.ArgumentParser(prog="torch-lsp", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the language server (stdio by default)")
    serve.add_argument("--stdio", action="store_true", help="use stdio (the default; accepted for LSP clients)")
    serve.add_argument("--tcp", metavar="HOST:PORT", help="listen on TCP instead of stdio")
    serve.set_defaults(run=_serve)

    verify = commands.add_parser("verify", help="execute every cheat-sheet example and check, report corrections")
    verify.add_argument("--device", default="auto", help="auto | cpu | cuda | cuda:N | mps")
    verify.add_argument("--language", default="en", choices=("en", "zh"))
    verify.add_argument("--quiet", action="store_true", help="print only corrections and failures")
    verify.set_defaults(run=_verify)

    check = commands.add_parser("check", help="print inferred tensor shapes and shape errors")
    check.add_argument("paths", nargs="+", help="Python files, notebooks or folders")
    check.add_argument("--format", default="text", choices=("text", "json"))
    check.add_argument("--hints", action="store_true", help="also print every inferred shape")
    check.add_argument("--explain", action="store_true", help="also print why variables have no shape, by cause")
    check.add_argument(
        "--budget", type=float, default=30.0, metavar="SECONDS", help="time one file's analysis may take (default 30)"
    )
    check.set_defaults(run=_check)
    return parser


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `torch-lsp` command."""
    args = build_parser().parse_args(argv)
    # torch warns about what torch-lsp's own probe runs and examples do (deprecated calls, broadcasting on probe
    # sizes): nothing the user wrote, and stderr is the editor's log or the terminal's `check` output.
    warnings.simplefilter("ignore")
    sys.exit(args.run(args))
