"""Write the break window's two soft cue tones into resources/sounds/ (pure Python).

Run after changing a tone: `python packaging/make_sounds.py`. The WAV files are
committed, so neither packaging nor the app needs this script.

- hold-start.wav: one soft bell-like note (A5, 880 Hz), 0.22 s: "hold now".
- hold-end.wav: two gentle falling notes (E5 then A4), 0.30 s: "you can let go".

Sine tones with a little second partial, a short raised-cosine attack and an
exponential decay, so neither clicks nor startles; 22.05 kHz, 16-bit mono.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
PEAK = 0.32  # of full scale: a cue, not an alarm
ATTACK = 0.012  # seconds
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def note(frequency: float, seconds: float, decay: float) -> list[float]:
    samples = []
    count = int(RATE * seconds)
    for i in range(count):
        t = i / RATE
        attack = 0.5 - 0.5 * math.cos(math.pi * min(1.0, t / ATTACK))
        release = 0.5 - 0.5 * math.cos(math.pi * min(1.0, (count - i) / (RATE * 0.02)))
        envelope = attack * release * math.exp(-t * decay)
        tone = math.sin(2 * math.pi * frequency * t) + 0.18 * math.sin(4 * math.pi * frequency * t)
        samples.append(envelope * tone / 1.18)
    return samples


def write(path: Path, samples: list[float]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(
        struct.pack("<h", round(max(-1.0, min(1.0, s)) * PEAK * 32767)) for s in samples
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main() -> None:
    write(OUT / "hold-start.wav", note(880.0, 0.22, decay=9.0))
    write(OUT / "hold-end.wav", note(659.25, 0.13, decay=8.0) + note(440.0, 0.17, decay=9.0))
    for name in ("hold-start.wav", "hold-end.wav"):
        print(OUT / name)


if __name__ == "__main__":
    main()
