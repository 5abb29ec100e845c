"""What the request features use of the language server, written down so that they do not import it."""

from __future__ import annotations

from typing import Protocol

from pygls.workspace import Workspace

from ..knowledge.checked import CheckedExamples
from ..knowledge.lookup import EntryIndex
from ..runtime import TorchRuntime
from ..scheduler import AnalysisScheduler
from .jedi_names import JediNames


class Services(Protocol):
    """The open documents, torch, the latest analyses, the knowledge base, jedi and the reply language."""

    @property
    def workspace(self) -> Workspace:
        """The open documents."""
        ...

    @property
    def runtime(self) -> TorchRuntime:
        """Torch, once loaded, and the device it runs on."""
        ...

    @property
    def scheduler(self) -> AnalysisScheduler:
        """The analyses of the units, the latest and the one under way."""
        ...

    @property
    def index(self) -> EntryIndex:
        """The knowledge base's entries by qualified name."""
        ...

    @property
    def checked(self) -> CheckedExamples:
        """The knowledge base's examples as run on this machine."""
        ...

    @property
    def names(self) -> JediNames:
        """Jedi, in its worker thread."""
        ...

    @property
    def language(self) -> str:
        """The language of the replies: 'zh' or 'en'."""
        ...
