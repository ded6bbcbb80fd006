"""Readers and writers for conversations: JSON Lines and chat-app exports.

`load_conversations(path)` reads any supported export (format detected, or forced with
`fmt`); `parse_chat_text(text)` reads chat text pasted into a form; `detect_format(path)`
only names the format. See docs/importers.md.
"""

from onguard.io.common import ImportFormatError, ImportResult
from onguard.io.jsonl import LineError, read_jsonl_models, write_jsonl
from onguard.io.loader import FORMATS, detect_format, load_conversations, parse_chat_text
from onguard.io.tabular import parse_mapping

__all__ = [
    "FORMATS",
    "ImportFormatError",
    "ImportResult",
    "LineError",
    "detect_format",
    "load_conversations",
    "parse_chat_text",
    "parse_mapping",
    "read_jsonl_models",
    "write_jsonl",
]
