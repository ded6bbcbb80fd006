"""Text normalisation for detection, with offsets back to the original text."""

from onguard.text.normalize import Normalized, Normalizer, default_normalizer, normalize

__all__ = ["Normalized", "Normalizer", "default_normalizer", "normalize"]
