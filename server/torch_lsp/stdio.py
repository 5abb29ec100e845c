"""Serve over stdin/stdout with the event loop reading the pipe itself.

pygls reads stdin in a thread pool: every header line and every body is a round trip through a worker thread,
and each round trip waits for the interpreter lock. While an analysis runs in the background that wait is up to
a switch interval (5 ms) per round trip, which made a 2 ms hover take 10-50 ms. Reading the pipe on the loop
removes the round trips. A stdin that is not a pipe or a socket (a terminal, a file, /dev/null) keeps pygls's
reader: the loop cannot watch all of those.
"""

from __future__ import annotations

import asyncio
import logging
import os
import stat
import sys
import threading
from typing import BinaryIO

from pygls.io_ import StdoutWriter, run_async
from pygls.lsp.server import LanguageServer

logger = logging.getLogger(__name__)

_HEADER_LIMIT = 1 << 16


class _PipeReader:
    """pygls's AsyncReader over an asyncio stream: a short read at the end of input returns what was read."""

    def __init__(self, stream: asyncio.StreamReader) -> None:
        self._stream = stream

    async def readline(self) -> bytes:
        return await self._stream.readline()

    async def readexactly(self, n: int) -> bytes:
        try:
            return await self._stream.readexactly(n)
        except asyncio.IncompleteReadError as short:
            return short.partial


def _pipe_or_socket(stream: BinaryIO) -> bool:
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


async def _serve(server: LanguageServer, stdin: BinaryIO, stop: threading.Event) -> None:
    stream = asyncio.StreamReader(limit=_HEADER_LIMIT)
    await asyncio.get_running_loop().connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stream), stdin)
    await run_async(stop, _PipeReader(stream), server.protocol, logger, server.report_server_error)


def start_stdio(server: LanguageServer) -> None:
    """Serve on this process's stdin and stdout until the client exits."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    if sys.platform == "win32" or not _pipe_or_socket(stdin):  # Windows: its loop watches no inherited pipes
        server.start_io()
        return
    stop = server._stop_event = threading.Event()
    server.protocol.set_writer(StdoutWriter(stdout))
    try:
        asyncio.run(_serve(server, stdin, stop))
    except BrokenPipeError:
        logger.error("the client closed the connection")
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.shutdown()
