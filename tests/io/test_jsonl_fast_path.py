"""`conversation_parts`: the fast path for conversation JSON Lines must never disagree with
`Conversation` validation: it either gives the same parts or declines (None)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from onguard.io.jsonl import conversation_parts
from onguard.spec import MAX_MESSAGE_CHARS, Conversation, ConversationParts


def _validated(data: Any) -> ConversationParts | None:
    try:
        return ConversationParts.of(Conversation.model_validate(data))
    except ValidationError:
        return None


ACCEPTED = [
    {"id": "c1", "messages": [{"sender": "u1", "text": "how old are you"}]},
    {"id": 7, "messages": []},  # an integer id becomes text, as Conversation does
    {"id": "c2"},  # no messages, no participants
    {
        "id": "c3",
        "participants": [{"id": "u1", "role": "child"}, {"id": "u2", "name": "Sam"}],
        "messages": [
            {"sender": "u2", "text": "don't tell your mum", "ts": "2026-01-02T10:00:00Z"},
            {"text": "ok", "media": True, "reactions": 2},  # sender defaults, extras allowed
        ],
        "labels": ["grooming"],
        "source": "export",
    },
    {"id": "c4", "participants": [{"id": "u1", "role": "adult"}, {"id": "u1", "role": "child"}]},
]

DECLINED = [
    # Values validation would coerce or refuse: the slow path decides and explains.
    {"id": True, "messages": []},
    {"id": None, "messages": []},
    {"messages": []},
    {"id": "c", "messages": [{"sender": "u", "text": "x", "media": 1}]},
    {"id": "c", "messages": [{"sender": "u", "text": 5}]},
    {"id": "c", "messages": [{"sender": 3, "text": "x"}]},
    {"id": "c", "messages": [{"sender": "u", "text": "x", "ts": 1700000000}]},
    {"id": "c", "messages": ["just a string"]},
    {"id": "c", "messages": {"0": {"text": "x"}}},
    {"id": "c", "participants": [{"id": "u1", "role": "teacher"}]},
    {"id": "c", "participants": [{"role": "child"}]},
    {"id": "c", "participants": [{"id": "u1", "name": 4}]},
    {"id": "c", "labels": "grooming"},
    {"id": "c", "labels": [1]},
    {"id": "c", "messages": [{"sender": "u", "text": "a" * (MAX_MESSAGE_CHARS + 1)}]},
    ["not", "an", "object"],
]


@pytest.mark.parametrize("data", ACCEPTED, ids=range(len(ACCEPTED)))
def test_fast_path_accepts_plain_lines_with_the_same_parts(data: dict[str, Any]) -> None:
    parts = conversation_parts(data)
    assert parts is not None
    assert parts == _validated(data)


@pytest.mark.parametrize("data", DECLINED, ids=range(len(DECLINED)))
def test_fast_path_declines_what_validation_would_coerce_or_refuse(data: Any) -> None:
    assert conversation_parts(data) is None


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.text(max_size=8),
    st.sampled_from(["child", "adult", "unknown", "u1", "u2"]),
)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)
# Mostly well-formed values with a few odd ones, so both paths are exercised.
_text = st.text(max_size=8)
_message = st.fixed_dictionaries(
    {},
    optional={
        "sender": st.one_of(_text, _text, _values),
        "text": st.one_of(_text, _text, _values),
        "ts": st.one_of(st.none(), _text, _values),
        "media": st.one_of(st.booleans(), _values),
        "extra": _values,
    },
)
_participant = st.fixed_dictionaries(
    {"id": st.one_of(_text, _text, _values)},
    optional={
        "role": st.one_of(st.sampled_from(["child", "adult", "unknown"]), _values),
        "name": st.one_of(st.none(), _text, _values),
    },
)
_conversation = st.fixed_dictionaries(
    {"id": st.one_of(_text, st.integers(), _values)},
    optional={
        "messages": st.one_of(st.lists(_message, max_size=4), _values),
        "participants": st.one_of(st.lists(_participant, max_size=3), _values),
        "labels": st.one_of(st.none(), st.lists(_text, max_size=2), _values),
    },
)


@settings(max_examples=300, deadline=None)
@given(_conversation)
def test_fast_path_never_disagrees_with_validation(data: dict[str, Any]) -> None:
    data = json.loads(json.dumps(data))  # only what JSON can carry
    parts = conversation_parts(data)
    if parts is not None:
        assert parts == _validated(data)
