"""Generate the app's two sounds from nothing but arithmetic (original work, CC0).

    python resources/sounds/make_chimes.py

end.wav     a soft two-tone bell (E5 then C5, with a few inharmonic bell partials), about 1.5 s:
            marks the end of a phase.
warning.wav a single, quieter and rounder tone (A4), about 1 s: marks a warning before the end.

44.1 kHz, mono, 16-bit PCM. Each note starts with a 10 ms fade-in (no click) and decays
exponentially, so it is a chime, not an alarm.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
HERE = Path(__file__).resolve().parent

# (frequency ratio to the fundamental, relative amplitude, decay rate per second)
BELL_PARTIALS = ((1.0, 1.0, 3.0), (2.0, 0.45, 4.5), (2.76, 0.25, 6.0), (5.4, 0.08, 9.0))
SOFT_PARTIALS = ((1.0, 1.0, 3.5), (2.0, 0.2, 6.0), (3.0, 0.05, 9.0))


def note(frequency: float, seconds: float, partials, start: float, total: float) -> list[float]:
    """One struck note placed at ``start`` in a buffer ``total`` seconds long."""
    samples = [0.0] * int(total * RATE)
    first = int(start * RATE)
    for index in range(int(seconds * RATE)):
        if first + index >= len(samples):
            break
        time = index / RATE
        attack = min(1.0, time / 0.010)
        value = sum(
            amplitude * math.exp(-decay * time) * math.sin(2 * math.pi * frequency * ratio * time)
            for ratio, amplitude, decay in partials
        )
        samples[first + index] = attack * value
    return samples


def mix(*tracks: list[float], peak: float) -> list[int]:
    mixed = [sum(values) for values in zip(*tracks, strict=True)]
    loudest = max(abs(value) for value in mixed) or 1.0
    fade = int(0.05 * RATE)  # a last 50 ms fade so the file ends in silence
    out = []
    for index, value in enumerate(mixed):
        tail = min(1.0, (len(mixed) - index) / fade)
        out.append(round(value / loudest * peak * tail * 32767))
    return out


def write(path: Path, samples: list[int]) -> None:
    with wave.open(str(path), "wb") as stream:
        stream.setnchannels(1)
        stream.setsampwidth(2)
        stream.setframerate(RATE)
        stream.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def main() -> None:
    total = 1.5
    end = mix(note(659.25, 1.5, BELL_PARTIALS, 0.0, total),
              note(523.25, 1.1, BELL_PARTIALS, 0.4, total), peak=0.5)
    write(HERE / "end.wav", end)
    warning = mix(note(440.0, 1.0, SOFT_PARTIALS, 0.0, 1.0), peak=0.3)
    write(HERE / "warning.wav", warning)


if __name__ == "__main__":
    main()
