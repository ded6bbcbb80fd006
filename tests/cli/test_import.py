"""`onguard import`: chat exports to conversation JSON Lines, with counts on stderr."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from onguard.cli.main import app
from onguard.spec import Conversation

runner = CliRunner()

WHATSAPP = (
    "14/03/2024, 19:00 - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
    "14/03/2024, 19:05 - Sam Taylor: how old are you?\n"
    "14/03/2024, 19:06 - Mia: 13\n"
    "why\n"
    "14/03/2024, 19:07 - Sam Taylor: don't tell your mum\n"
)


def test_import_to_stdout_with_child(tmp_path):
    path = tmp_path / "WhatsApp Chat with Sam.txt"
    path.write_text(WHATSAPP, encoding="utf-8")
    result = runner.invoke(app, ["import", str(path), "--child", "Mia"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    conv = Conversation.model_validate_json(lines[0])
    assert conv.id == "WhatsApp Chat with Sam"
    assert [m.text for m in conv.messages] == ["how old are you?", "13\nwhy", "don't tell your mum"]
    assert conv.child_ids() == {"Mia"}
    assert "Read 3 messages in 1 conversations (whatsapp); skipped 0 lines." in result.stderr


def test_import_to_file_reports_skipped_lines(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "Who,Said,When\nSam,how old are you?,2024-03-14T19:05:00Z\nbroken row\n"
        "Mia,13,2024-03-14T19:06:00Z\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app,
        [
            "import",
            str(path),
            "-o",
            str(out),
            "--format",
            "csv",
            "--map",
            "sender=Who,text=Said,ts=When",
        ],
    )
    assert result.exit_code == 0, result.stderr
    conv = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert [m["sender"] for m in conv["messages"]] == ["Sam", "Mia"]
    assert conv["messages"][0]["ts"] == "2024-03-14T19:05:00Z"
    assert "skipped 1 lines" in result.stderr
    assert f"{path}:3: expected 3 columns, found 1" in result.stderr
    assert "broken row" not in result.stderr


def test_on_error_fail_writes_nothing(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("sender,text\nSam,hi\nbroken,row,extra\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["import", str(path), "-o", str(out), "--on-error", "fail"])
    assert result.exit_code == 1
    assert not out.exists()


def test_unknown_input_exits_2_naming_the_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Dear diary, nothing happened today.\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 2
    assert str(path) in result.stderr and "no known chat format" in result.stderr
    assert "diary" not in result.stderr


def test_bad_mapping_exits_2(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("sender,text\nSam,hi\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(path), "--map", "colour=text"])
    assert result.exit_code == 2
    assert "unknown mapping field" in result.stderr


SNAPCHAT = {
    "sam.t.example": [
        {
            "From": "mia.example",
            "Media Type": "TEXT",
            "Created": "2024-03-14 19:06:00 UTC",
            "Content": "13",
            "Conversation Title": None,
            "IsSender": True,
            "Created(microseconds)": 1710443160000,
        },
        {
            "From": "sam.t.example",
            "Media Type": "STATUSCALLMISSEDAUDIO",
            "Created": "2024-03-14 19:05:30 UTC",
            "Content": "",
            "Conversation Title": None,
            "IsSender": False,
            "Created(microseconds)": 1710443130000,
        },
        {
            "From": "sam.t.example",
            "Media Type": "TEXT",
            "Created": "2024-03-14 19:05:00 UTC",
            "Content": "how old are you?",
            "Conversation Title": None,
            "IsSender": False,
            "Created(microseconds)": 1710443100000,
        },
    ]
}


def test_import_snapchat_chat_history(tmp_path):
    path = tmp_path / "chat_history.json"
    path.write_text(json.dumps(SNAPCHAT, indent=4), encoding="utf-8")
    for fmt in ("auto", "snapchat"):
        result = runner.invoke(
            app, ["import", str(path), "--format", fmt, "--child", "mia.example"]
        )
        assert result.exit_code == 0, result.stderr
        conv = Conversation.model_validate_json(result.stdout.splitlines()[0])
        assert [(m.sender, m.text) for m in conv.messages] == [
            ("sam.t.example", "how old are you?"),
            ("mia.example", "13"),
        ]
        assert conv.messages[0].ts == "2024-03-14T19:05:00Z"
        assert conv.child_ids() == {"mia.example"}
        assert "Read 2 messages in 1 conversations (snapchat)" in result.stderr
        assert "1 Snapchat notices" in result.stderr


def test_import_tiktok_user_data(tmp_path):
    doc = {
        "Activity": {"Video Browsing History": {"VideoList": []}},
        "Direct Messages": {
            "Chat History": {
                "ChatHistory": {
                    "Chat History with sam.t.example:": [
                        {
                            "Date": "2024-03-14 19:06:00",
                            "From": "sam.t.example",
                            "Content": "don't tell your mum",
                        },
                        {"Date": "2024-03-14 19:05:00", "From": "mia.example", "Content": "ok"},
                    ]
                }
            }
        },
    }
    path = tmp_path / "user_data.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["import", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    conv = Conversation.model_validate_json(out.read_text(encoding="utf-8").splitlines()[0])
    assert [m.text for m in conv.messages] == ["ok", "don't tell your mum"]
    assert "(tiktok)" in result.stderr and "no timezone" in result.stderr


def test_import_help_lists_the_new_formats():
    result = runner.invoke(app, ["import", "--help"])
    assert "snapchat" in result.stdout and "tiktok" in result.stdout


def test_import_forced_snapchat_on_another_export_exits_2(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(WHATSAPP, encoding="utf-8")
    result = runner.invoke(app, ["import", str(path), "--format", "tiktok"])
    assert result.exit_code == 2
    assert str(path) in result.stderr and "how old" not in result.stderr
