"""Safe YAML loading for the project's data files, with libyaml's C parser when present.

The pure-Python parser is a good part of start-up time (the taxonomy, the assessment
tables and the rules are all YAML); the C one reads the same documents about five times
faster and raises the same `yaml.YAMLError`s.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    """`yaml.safe_load`, with the C loader when libyaml is available."""
    return yaml.load(stream, Loader=SafeLoader)
