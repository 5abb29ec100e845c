from .blocks import ConvBlock
from .head import Head

__all__ = ["ConvBlock", "Head"]
