"""Readers and writers for conversations: JSON Lines and chat-app exports."""

from onguard.io.jsonl import LineError, read_jsonl_models, write_jsonl

__all__ = ["LineError", "read_jsonl_models", "write_jsonl"]
