"""Prints a plan script of 200 phases: 50 lots of four standard phases in finish-to-start order
with durations in working days, months and weeks, lags of several kinds, a start-to-start link
between lots, and a milestone each."""

print('nieuw "Gegenereerd: 200 fasen"')
print("vrij 27 dec. 2022 tot 2 jan. 2023 titel Kerstsluiting")
for n in range(1, 51):
    lot = f"p{n}"
    month = (n * 7) % 24
    print(f'perceel {lot} "Perceel {n}"')
    print(f"fase {lot}.voorbereiding van 1-{1 + month % 12}-{2022 + month // 12} duur {20 + n % 15} werkdagen")
    print(f"fase {lot}.inkoopprocedure na {lot}.voorbereiding + {n % 3} wd duur {3 + n % 4} maanden")
    print(f"fase {lot}.implementatie na {lot}.inkoopprocedure + {n % 2} weken duur {30 + n} dagen")
    print(f"fase {lot}.uitvoering na {lot}.implementatie duur {1 + n % 3} jaar")
    print(f"mijlpaal {lot}.gunning na {lot}.inkoopprocedure")
    if n > 1:
        print(f"koppel {lot}.inkoopprocedure start na start van p{n - 1}.inkoopprocedure + 1 week")
