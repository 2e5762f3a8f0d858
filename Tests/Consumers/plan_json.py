"""What the consumer checks share about Planwerk's `export json`: its items and dates, and the
characters an export must not pass on."""

import datetime

# Direction controls show a title in another order than it has: an export drops them.
BIDI = set(chr(c) for c in [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def items(plan):
    """Every item with its lot (None for the plan's own milestones), in plan order."""
    for lot in plan["lots"]:
        for item in lot["items"]:
            yield lot, item
    for item in plan["milestones"]:
        yield None, item


def day(text):
    return datetime.date.fromisoformat(text)
