"""The server once the client has closed the connection: a message that cannot be written is dropped."""

from lsprotocol import types
from torch_lsp.server import create_server


class ClosedPipe:
    """A writer whose other end is gone, as stdout is after `exit`: every write fails."""

    def __init__(self) -> None:
        self.attempts = 0

    def write(self, data: bytes) -> None:
        self.attempts += 1
        raise ValueError("I/O operation on closed file")

    def close(self) -> None:
        pass


def test_a_failed_write_is_not_reported_over_the_same_connection():
    """pygls reports a failed write to the user with a message, whose write fails and is reported in turn: on a
    closed pipe that recursed to the interpreter's limit, writing a traceback per level, for every message still
    on its way out at shutdown."""
    server = create_server()
    pipe = ClosedPipe()
    server.protocol.set_writer(pipe)
    server.window_log_message(types.LogMessageParams(type=types.MessageType.Log, message="analysed"))
    assert pipe.attempts == 1
