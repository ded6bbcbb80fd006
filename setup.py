"""Build hook for the one optional C extension; everything else is in pyproject.toml.

`onguard.detect.learned._fastscore` makes the learned models several times cheaper per
message. It is optional: without a C compiler the build goes on without it and the
models use their numpy code (the same scores).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "onguard.detect.learned._fastscore",
            ["src/onguard/detect/learned/_fastscore.c"],
            extra_compile_args=["-O3"],
            optional=True,
        )
    ]
)
