"""Every text of resources/health/red_flags.json, marked for lupdate.

lupdate cannot find strings in data; listing them here keeps their German in the .ts
file (`make translations` drops messages it cannot find). The UI shows them through
`texts.health_text`; tests/ui/test_journal_ui.py checks this list matches the file.
"""

from __future__ import annotations

from knotbreak.ui.translations import QT_TRANSLATE_NOOP

HEALTH_NOTE_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "knotbreak is for prevention and comfort. It does not diagnose or treat anything, "
        "and it cannot tell what is behind a knot."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Get help straight away"
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Call your emergency number or get medical help the same day if you have:"
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Pressure or pain in the chest, which may spread to an arm, the jaw, the neck or "
        "the back, especially with sweating, breathlessness, feeling sick or dizziness. A "
        "heart problem can feel like a knot in the shoulder or jaw."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "A stiff neck together with a fever or a severe headache."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Numbness around the groin or buttocks, new changes in how your bladder or bowels "
        "work, or weakness in both legs."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Sudden weakness, numbness or tingling in the face, an arm or a leg; sudden "
        "double vision or loss of sight; sudden changes in speech or swallowing; suddenly "
        "losing your balance."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Book an appointment"
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "See a doctor or physiotherapist when:"
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Muscle pain does not ease with rest, massage and other self-care."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "The pain has not eased after two to four weeks of self-care, or it suddenly gets "
        "worse."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Pain spreads from the neck or back down into an arm or a leg."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Pins and needles, numbness or weakness in an arm or hand do not go away."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "A leg feels numb or weak (both legs at once: get help straight away)."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "The pain started after a fall or another injury, or comes with a fever, weight "
        "loss you cannot explain, a history of cancer, or inflammatory arthritis."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "The pain is severe enough to get in the way of daily life, or the area is "
        "swollen or red."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Pain or pressure in the chest is not a knot to stretch away. If it came on "
        "suddenly, feels heavy or tight, spreads to an arm, the jaw, the neck or the "
        "back, or comes with breathlessness, sweating, feeling sick or dizziness, call "
        "your emergency number now (112 in Europe, 999 in the UK, 911 in North America)."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Jaw pain can come from the heart. If it comes with pain or pressure in the "
        "chest, pain in an arm, breathlessness, sweating, feeling sick or dizziness, call "
        "your emergency number now (112 in Europe, 999 in the UK, 911 in North America)."
    ),
    QT_TRANSLATE_NOOP(
        "HealthNotes",
        "Call your emergency number now (112 in Europe, 999 in the UK, 911 in North "
        "America) if a headache came on suddenly and is very severe, or comes with a "
        "stiff neck and fever, confusion, sudden weakness or numbness in the face, an arm "
        "or a leg, slurred speech, or sudden changes in sight or balance."
    ),
)
