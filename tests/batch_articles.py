"""Short news articles composed for the batch tests (invented; not taken from any gold set or the seed)."""

from __future__ import annotations

import json
from pathlib import Path

PLACES = [
    "Mosul",
    "Kandahar",
    "Maiduguri",
    "Goma",
    "Aden",
    "Mogadishu",
    "Kharkiv",
    "Quetta",
    "Juba",
    "Benghazi",
    "Timbuktu",
    "Marawi",
]
NUMBERS = ["three", "five", "seven", "nine", "eleven", "twelve", "four", "six", "eight", "ten", "two", "fifteen"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TEMPLATES = [
    (
        "Gunmen attacked a police station in {place} on {day}, killing {n} officers, local officials said.\n\n"
        "The interior minister condemned the assault and promised to hunt down those responsible. "
        "Residents of {place} said the fighting lasted for several hours before reinforcements arrived.\n\n"
        "No group has claimed responsibility for the raid so far."
    ),
    (
        "Thousands of protesters marched through {place} on {day} to demand the release of detained journalists.\n\n"
        "Police fired tear gas at the crowd near the central square and arrested {n} demonstrators, "
        "witnesses told reporters. The opposition leader accused the government of silencing its critics "
        "and called for an independent inquiry."
    ),
    (
        "The government signed a ceasefire agreement with rebel commanders in {place} on {day}, "
        "ending weeks of clashes that displaced thousands of families.\n\n"
        "Under the deal, both sides will withdraw heavy weapons from the town and exchange {n} prisoners. "
        "The United Nations welcomed the agreement and urged the parties to respect it."
    ),
    (
        "An air strike hit a market in {place} on {day}, killing {n} civilians and wounding dozens more, "
        "according to hospital staff.\n\n"
        "The army denied carrying out the strike and blamed insurgents for the deaths. "
        "Aid agencies appealed for medical supplies as families searched the rubble for survivors."
    ),
]

BACKGROUND = [
    "The region has seen repeated unrest since a disputed election two years ago left parliament divided.",
    "Farmers in the surrounding villages have complained for months about rising fuel prices and poor roads.",
    "A regional summit planned for next month is expected to discuss border security and trade routes.",
    "Local radio stations were taken off the air last year after publishing reports about corruption.",
    "The provincial governor resigned in the spring amid accusations that he mismanaged relief funds.",
    "Several foreign embassies advised their citizens to avoid travel to the area until further notice.",
    "Teachers in the city went on strike in January over unpaid salaries and crowded classrooms.",
    "The river port handles most of the grain shipped to neighbouring countries during the dry season.",
    "Human rights groups have documented dozens of disappearances in the province since the curfew began.",
    "Engineers are still repairing the bridge that floods destroyed in the autumn, cutting the main highway.",
    "The national football team played a friendly match in the stadium there only a week earlier.",
    "Electricity shortages have forced many shops to close early, and generators are in short supply.",
]


def article_text(i: int) -> str:
    """The ``i``-th composed article; ``i`` below 12 gives texts that are no near-duplicates of each other."""
    template = TEMPLATES[i % len(TEMPLATES)]
    story = template.format(place=PLACES[i % len(PLACES)], day=DAYS[i % len(DAYS)], n=NUMBERS[(i * 5) % len(NUMBERS)])
    return story + "\n\n" + BACKGROUND[i % len(BACKGROUND)] + " " + BACKGROUND[(i * 7 + 3) % len(BACKGROUND)]


def write_corpus(directory: Path, n: int, start: int = 0) -> list[Path]:
    """``n`` composed articles as ``.txt`` files (a headline line, then the story) in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = directory / f"story-{i:03d}.txt"
        path.write_text(f"Report number {i} from the region\n\n{article_text(i)}\n", encoding="utf-8")
        paths.append(path)
    return paths


def write_jsonl(path: Path, n: int, start: int = 0, published: str = "2024-03-0{d}") -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(
                json.dumps(
                    {
                        "id": f"art-{i}",
                        "text": article_text(i),
                        "published": published.format(d=1 + i % 9),
                        "url": f"https://outlet{i % 3}.example.org/news/{i}",
                    }
                )
                + "\n"
            )
    return path
