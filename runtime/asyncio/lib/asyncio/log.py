"""asyncio.log: the logger asyncio reports through (imported only when a program asks)."""
import logging

logger = logging.getLogger(__package__)
