import PlanKit

/// Every command, once. Parsing, `help`, tab completion and docs/commands.md all read this
/// table; a test fails when docs/commands.md no longer matches it.
public enum CommandTable {
  public static let all: [CommandSpec] = [
    CommandSpec(
      id: .new, group: .plan, names: [.nl: ["nieuw"], .en: ["new"]],
      arguments: [arg("titel", "title", .text)], clauses: [.organisation],
      summary: Phrase(nl: "Begint een nieuw, leeg plan.", en: "Starts a new, empty plan."),
      usage: Phrase(
        nl: "nieuw \"TITEL\" [organisatie \"NAAM\"]", en: "new \"TITLE\" [organisation \"NAME\"]"),
      examples: [
        .nl: ["nieuw \"Inkoop Wmo en Participatie 2024\""],
        .en: ["new \"Procurement Wmo 2024\" organisation \"Regio Amersfoort\""],
      ]),
    CommandSpec(
      id: .lot, group: .plan, names: [.nl: ["perceel", "route"], .en: ["lot"]],
      arguments: [arg("naam", "name", .newName), arg("titel", "title", .text, optional: true)],
      clauses: [.procedure, .value, .title],
      summary: Phrase(
        nl: "Voegt een perceel (route) toe, met titel en eventueel procedure en geraamde waarde.",
        en: "Adds a lot (route), with a title and optionally a procedure and estimated value."),
      usage: Phrase(
        nl: "perceel NAAM \"TITEL\" [procedure SOORT] [waarde BEDRAG]",
        en: "lot NAME \"TITLE\" [procedure KIND] [value AMOUNT]"),
      examples: [
        .nl: ["perceel r1 \"Route 1: Gebiedsgerichte zorg ouderen en HbH\" procedure sas"],
        .en: ["lot youth \"Jeugdhulp\" procedure restricted value 1.200.000"],
      ]),
    CommandSpec(
      id: .phase, group: .plan, names: [.nl: ["fase"], .en: ["phase"]],
      arguments: [
        arg("perceel.naam", "lot.name", .newName), arg("titel", "title", .text, optional: true),
      ],
      clauses: [
        .from, .after, .startAfterStart, .endWithEnd, .to, .duration, .deadline, .notBefore,
        .fixed, .kind, .title,
      ],
      summary: Phrase(
        nl:
          "Voegt een fase toe: voorbereiding, inkoopprocedure, implementatie, uitvoering of een eigen soort.",
        en:
          "Adds a phase: voorbereiding, inkoopprocedure, implementatie, uitvoering or a kind of your own."
      ),
      usage: Phrase(
        nl:
          "fase PERCEEL.NAAM [\"TITEL\"] (van DATUM | na ONDERDEEL [+ WACHTTIJD]) (tot DATUM | duur DUUR) [uiterlijk DATUM] [niet eerder dan DATUM] [vast] [soort SOORT]",
        en:
          "phase LOT.NAME [\"TITLE\"] (from DATE | after ITEM [+ LAG]) (to DATE | for DURATION) [by DATE] [not before DATE] [fixed] [kind KIND]"
      ),
      examples: [
        .nl: [
          "fase r1.voorbereiding van 1 mei 2022 tot 1 sept. 2022",
          "fase r1.inkoopprocedure na r1.voorbereiding tot 1 juli 2023",
          "fase r1.implementatie van 1 juli 2023 duur 6 maanden",
          "fase r2.beoordeling na r2.inschrijving + 1 week duur 20 werkdagen uiterlijk 1 dec. 2023",
          "fase r2.contract start na start van r2.beoordeling duur 2 maanden",
        ],
        .en: [
          "phase r1.implementation from 1 July 2023 for 6 months",
          "phase r2.review after r2.bids for 20 working days not before 1 Sept 2023",
        ],
      ]),
    CommandSpec(
      id: .milestone, group: .plan, names: [.nl: ["mijlpaal"], .en: ["milestone"]],
      arguments: [arg("naam", "name", .newName), arg("titel", "title", .text, optional: true)],
      clauses: [
        .on, .after, .startAfterStart, .endWithEnd, .deadline, .notBefore, .fixed, .kind, .title,
      ],
      summary: Phrase(
        nl: "Voegt een mijlpaal toe aan een perceel (r1.start) of aan het hele plan (college).",
        en: "Adds a milestone to a lot (r1.start) or to the whole plan (college)."),
      usage: Phrase(
        nl:
          "mijlpaal [PERCEEL.]NAAM [\"TITEL\"] (op DATUM | na ONDERDEEL [+ WACHTTIJD]) [uiterlijk DATUM] [vast uit] [soort SOORT]",
        en:
          "milestone [LOT.]NAME [\"TITLE\"] (on DATE | after ITEM [+ LAG]) [by DATE] [fixed off] [kind KIND]"
      ),
      examples: [
        .nl: [
          "mijlpaal r1.start \"Start uitvoering\" op 1 januari 2024",
          "mijlpaal r1.gunning na r1.inkoopprocedure - 6 weken uiterlijk 1 okt. 2023",
        ],
        .en: ["milestone college \"College decision\" on 2 March 2021"],
      ]),
    CommandSpec(
      id: .decision, group: .plan, names: [.nl: ["besluit"], .en: ["decision"]],
      arguments: [arg("naam", "name", .newName), arg("titel", "title", .text, optional: true)],
      clauses: [.on, .after, .deadline, .notBefore, .fixed, .kind, .title],
      summary: Phrase(
        nl:
          "Voegt een besluit toe: collegebesluit, raadsbesluit, raadsinformatiebrief, wensen-en-bedenkingen of een regiobesluit dat wacht tot het laatste college besloten heeft.",
        en:
          "Adds a decision: collegebesluit, raadsbesluit, raadsinformatiebrief, wensen-en-bedenkingen or a regional decision that waits until the last college has decided."
      ),
      usage: Phrase(
        nl:
          "besluit [PERCEEL.]NAAM [\"TITEL\"] (op DATUM | na ONDERDEEL | na college GEMEENTE, ...) [uiterlijk DATUM] [soort SOORT]",
        en:
          "decision [LOT.]NAME [\"TITLE\"] (on DATE | after ITEM | after college MUNICIPALITY, ...) [by DATE] [kind KIND]"
      ),
      examples: [
        .nl: [
          "besluit college-amersfoort \"College Amersfoort: inkoopdocumenten\" op 2 maart 2021",
          "besluit raad-wensen op 15 december 2020 soort wensen-en-bedenkingen",
          "besluit regio na college Amersfoort, Baarn en Leusden",
        ],
        .en: ["decision college-baarn on 9 March 2021"],
      ]),
    CommandSpec(
      id: .show, group: .view, names: [.nl: ["toon"], .en: ["show"]],
      arguments: [arg("naam", "name", .target, optional: true)], clauses: [],
      summary: Phrase(
        nl: "Toont het plan, een perceel of een onderdeel in detail.",
        en: "Shows the plan, a lot or an item in detail."),
      usage: Phrase(nl: "toon [NAAM]", en: "show [NAME]"),
      examples: [.nl: ["toon", "toon r1.inkoopprocedure"], .en: ["show r1"]]),
    CommandSpec(
      id: .list, group: .view, names: [.nl: ["lijst"], .en: ["list"]],
      arguments: [arg("perceel", "lot", .target, optional: true)], clauses: [],
      summary: Phrase(
        nl: "Zet alle fasen en mijlpalen onder elkaar, met data en duur.",
        en: "Lists every phase and milestone with dates and duration."),
      usage: Phrase(nl: "lijst [PERCEEL]", en: "list [LOT]"),
      examples: [.nl: ["lijst", "lijst r1"], .en: ["list"]]),
    CommandSpec(
      id: .set, group: .plan, names: [.nl: ["wijzig"], .en: ["set", "change"]],
      arguments: [arg("naam", "name", .target)],
      clauses: [
        .title, .from, .after, .startAfterStart, .endWithEnd, .to, .duration, .on, .deadline,
        .notBefore, .fixed, .kind, .procedure, .value, .organisation,
      ],
      summary: Phrase(
        nl: "Wijzigt eigenschappen van het plan, een perceel of een onderdeel; 'geen' wist er een.",
        en: "Changes attributes of the plan, a lot or an item; 'none' clears one."),
      usage: Phrase(
        nl: "wijzig (plan | PERCEEL | ONDERDEEL) EIGENSCHAP WAARDE ...",
        en: "set (plan | LOT | ITEM) ATTRIBUTE VALUE ..."),
      examples: [
        .nl: [
          "wijzig r1.implementatie van 1 aug. 2023 duur 5 maanden", "wijzig r1 waarde 1.200.000",
          "wijzig r1.start uiterlijk 1 januari 2024", "wijzig r1.start vast uit",
        ],
        .en: ["set plan title \"Wmo 2024\"", "set r1.start not before 1 Dec 2023"],
      ]),
    CommandSpec(
      id: .rename, group: .plan, names: [.nl: ["hernoem"], .en: ["rename"]],
      arguments: [arg("naam", "name", .target), arg("nieuwe-naam", "new-name", .newName)],
      clauses: [],
      summary: Phrase(
        nl: "Geeft een perceel of onderdeel een andere naam; onderdelen van een perceel gaan mee.",
        en: "Renames a lot or an item; a lot's items follow."),
      usage: Phrase(nl: "hernoem NAAM NIEUWE-NAAM", en: "rename NAME NEW-NAME"),
      examples: [.nl: ["hernoem r1 ouderen"], .en: ["rename r1.start r1.contract"]]),
    CommandSpec(
      id: .remove, group: .plan, names: [.nl: ["verwijder", "wis"], .en: ["remove", "delete"]],
      arguments: [arg("naam", "name", .target)], clauses: [],
      summary: Phrase(
        nl: "Verwijdert een onderdeel, of een perceel met al zijn onderdelen.",
        en: "Removes an item, or a lot with all its items."),
      usage: Phrase(nl: "verwijder NAAM", en: "remove NAME"),
      examples: [.nl: ["verwijder r1.implementatie"], .en: ["remove r3"]]),
    CommandSpec(
      id: .shift, group: .timing, names: [.nl: ["verschuif"], .en: ["shift", "move"]],
      arguments: [arg("naam", "name", .target), arg("duur", "duration", .rest)],
      clauses: [.only],
      summary: Phrase(
        nl:
          "Verschuift een onderdeel, een perceel of het hele plan, en alles wat erop wacht; met 'alleen' blijven de opvolgers staan.",
        en:
          "Shifts an item, a lot or the whole plan, and everything waiting for it; with 'only' the successors stay put."
      ),
      usage: Phrase(
        nl: "verschuif (ONDERDEEL | PERCEEL | plan) DUUR [alleen]",
        en: "shift (ITEM | LOT | plan) DURATION [only]"),
      examples: [
        .nl: [
          "verschuif r1.inkoopprocedure 2 maanden", "verschuif r1 -2w",
          "verschuif r1.inkoopprocedure 10 werkdagen alleen",
        ],
        .en: ["shift r1 +1m", "shift r1.procurement 2 months only"],
      ]),
    CommandSpec(
      id: .link, group: .timing, names: [.nl: ["koppel"], .en: ["link"]],
      arguments: [arg("naam", "name", .target)],
      clauses: [.after, .startAfterStart, .endWithEnd],
      summary: Phrase(
        nl:
          "Laat een onderdeel wachten op een ander: na (einde-begin), start na start van, einde met einde van; met wachttijd, ook in werkdagen of negatief.",
        en:
          "Makes an item wait for another: after (finish-to-start), start after start of, end with end of; with a lag, in working days or negative too."
      ),
      usage: Phrase(
        nl:
          "koppel ONDERDEEL (na | start na start van | einde met einde van) ONDERDEEL [+ WACHTTIJD]",
        en: "link ITEM (after | start after start of | end with end of) ITEM [+ LAG]"),
      examples: [
        .nl: [
          "koppel r1.implementatie na r1.inkoopprocedure",
          "koppel r2.inkoopprocedure start na start van r1.inkoopprocedure + 2 weken",
        ],
        .en: ["link r1.start after r1.implementation + 5 working days"],
      ]),
    CommandSpec(
      id: .unlink, group: .timing, names: [.nl: ["ontkoppel"], .en: ["unlink"]],
      arguments: [arg("naam", "name", .target)], clauses: [.from],
      summary: Phrase(
        nl:
          "Haalt de koppelingen van een onderdeel weg (of alleen die van één voorganger); het houdt zijn data.",
        en: "Removes an item's links (or those to one predecessor); it keeps its dates."),
      usage: Phrase(nl: "ontkoppel ONDERDEEL [van ONDERDEEL]", en: "unlink ITEM [from ITEM]"),
      examples: [
        .nl: ["ontkoppel r1.implementatie van r1.inkoopprocedure"], .en: ["unlink r1.start"],
      ]),
    CommandSpec(
      id: .check, group: .timing, names: [.nl: ["controleer"], .en: ["check"]],
      arguments: [arg("perceel", "lot", .target, optional: true)], clauses: [],
      summary: Phrase(
        nl:
          "Zoekt per perceel gemiste uiterste data, mijlpalen vóór het einde van hun fase, fasen in de verkeerde volgorde of overlappend, onderdelen vóór vandaag en verbroken koppelingen.",
        en:
          "Lists per lot missed deadlines, milestones before the end of their phase, phases out of order or overlapping, items before today and broken links."
      ),
      usage: Phrase(nl: "controleer [PERCEEL]", en: "check [LOT]"),
      examples: [.nl: ["controleer", "controleer r1"], .en: ["check"]]),
    CommandSpec(
      id: .critical, group: .timing, names: [.nl: ["kritiek"], .en: ["critical"]],
      arguments: [], clauses: [.toward],
      summary: Phrase(
        nl:
          "Toont het kritieke pad naar een mijlpaal of het einde van het plan, en de speling van elk onderdeel in werkdagen en kalenderdagen.",
        en:
          "Shows the critical path to a milestone or the end of the plan, and every item's slack in working and calendar days."
      ),
      usage: Phrase(nl: "kritiek [naar ONDERDEEL]", en: "critical [towards ITEM]"),
      examples: [.nl: ["kritiek", "kritiek naar r1.start"], .en: ["critical towards r1.start"]]),
    CommandSpec(
      id: .feasible, group: .timing, names: [.nl: ["haalbaar"], .en: ["feasible"]],
      arguments: [arg("onderdeel", "item", .target)], clauses: [.before],
      summary: Phrase(
        nl:
          "Zegt of een mijlpaal of het einde van een fase haalbaar is: de vroegste datum met de wettelijke minimumtermijnen, de speling tot de uiterste datum, en anders de keten die het tegenhoudt.",
        en:
          "Says whether a milestone or a phase's end is feasible: the earliest date under the legal minimum periods, the slack to the deadline, and otherwise the chain that holds it back."
      ),
      usage: Phrase(nl: "haalbaar ONDERDEEL [voor DATUM]", en: "feasible ITEM [by DATE]"),
      examples: [
        .nl: ["haalbaar r1.start", "haalbaar r1.start voor 1 januari 2024"],
        .en: ["feasible r1.start by 1 January 2024"],
      ]),
    CommandSpec(
      id: .calendar, group: .timing,
      names: [.nl: ["kalender", "feestdagen"], .en: ["calendar", "holidays"]],
      arguments: [arg("jaar", "year", .rest, optional: true)], clauses: [],
      summary: Phrase(
        nl:
          "Toont de werkdagenkalender (feestdagen en vrije dagen) of de feestdagen van een jaar; 'kalender atw' of 'kalender gemeente' kiest de feestdagen.",
        en:
          "Shows the working-day calendar (holidays and closing days) or a year's holidays; 'calendar atw' or 'calendar gemeente' chooses the holidays."
      ),
      usage: Phrase(nl: "kalender [JAAR | gemeente | atw]", en: "calendar [YEAR | gemeente | atw]"),
      examples: [
        .nl: ["kalender", "feestdagen 2025", "kalender atw"], .en: ["holidays 2025"],
      ]),
    CommandSpec(
      id: .closed, group: .timing, names: [.nl: ["vrij"], .en: ["closed"]],
      arguments: [arg("datum", "date", .rest)], clauses: [.to, .title],
      summary: Phrase(
        nl:
          "Zet eigen vrije dagen in de kalender, zoals een collectieve sluiting; 'vrij weg DATUM' haalt ze weg.",
        en:
          "Adds the organisation's own closing days, such as a collective closing; 'closed remove DATE' takes them out."
      ),
      usage: Phrase(
        nl: "vrij DATUM [tot DATUM] [titel \"NAAM\"] | vrij weg DATUM",
        en: "closed DATE [to DATE] [title \"NAME\"] | closed remove DATE"),
      examples: [
        .nl: [
          "vrij 27 dec. 2022 tot 2 jan. 2023 titel \"Kerstsluiting\"", "vrij weg 27 dec. 2022",
        ],
        .en: ["closed 27 Dec 2022 to 2 Jan 2023"],
      ]),
    CommandSpec(
      id: .undo, group: .session, names: [.nl: ["ongedaan", "terug"], .en: ["undo"]],
      arguments: [], clauses: [],
      summary: Phrase(nl: "Maakt de laatste wijziging ongedaan.", en: "Undoes the last change."),
      usage: Phrase(nl: "ongedaan", en: "undo"), examples: [.nl: ["ongedaan"], .en: ["undo"]]),
    CommandSpec(
      id: .redo, group: .session, names: [.nl: ["opnieuw"], .en: ["redo"]],
      arguments: [], clauses: [],
      summary: Phrase(
        nl: "Voert een ongedaan gemaakte wijziging opnieuw uit.", en: "Redoes an undone change."),
      usage: Phrase(nl: "opnieuw", en: "redo"), examples: [.nl: ["opnieuw"], .en: ["redo"]]),
    CommandSpec(
      id: .save, group: .session, names: [.nl: ["bewaar"], .en: ["save"]],
      arguments: [arg("bestand", "file", .file, optional: true)], clauses: [],
      summary: Phrase(
        nl: "Bewaart de sessie als JSON; zonder bestand in het laatst gebruikte.",
        en: "Saves the session as JSON; without a file, to the one used last."),
      usage: Phrase(nl: "bewaar [BESTAND.json]", en: "save [FILE.json]"),
      examples: [.nl: ["bewaar sessions/route1.json"], .en: ["save plan.json"]]),
    CommandSpec(
      id: .open, group: .session, names: [.nl: ["open"], .en: ["open", "load"]],
      arguments: [arg("bestand", "file", .file)], clauses: [],
      summary: Phrase(
        nl: "Opent een bewaarde sessie (ongedaan brengt het vorige plan terug).",
        en: "Opens a saved session (undo brings the previous plan back)."),
      usage: Phrase(nl: "open BESTAND.json", en: "open FILE.json"),
      examples: [.nl: ["open sessions/002-routes.json"], .en: ["open plan.json"]]),
    CommandSpec(
      id: .history, group: .session, names: [.nl: ["geschiedenis"], .en: ["history"]],
      arguments: [arg("stap", "step", .rest, optional: true)], clauses: [],
      summary: Phrase(
        nl:
          "Zet het journaal onder elkaar: elke wijziging met haar nummer, tijd en wat ze deed; met een nummer die stap in detail.",
        en:
          "Lists the journal: every change with its number, time and what it did; with a number, that step in detail."
      ),
      usage: Phrase(nl: "geschiedenis [STAP]", en: "history [STEP]"),
      examples: [.nl: ["geschiedenis", "geschiedenis 3"], .en: ["history"]]),
    CommandSpec(
      id: .replay, group: .session, names: [.nl: ["herhaal"], .en: ["replay"]],
      arguments: [arg("bestand", "file", .file)], clauses: [.step, .to],
      summary: Phrase(
        nl:
          "Bouwt een bewaarde sessie opnieuw op uit haar journaal en controleert het resultaat; 'stap' laat elke stap met het schema zien (Enter: verder, q: stoppen, nummer: naar die stap), 'tot N' stopt na stap N.",
        en:
          "Rebuilds a saved session from its journal and checks the result; 'step' shows every step with the chart (Enter: on, q: stop, a number: that step), 'to N' stops after step N."
      ),
      usage: Phrase(
        nl: "herhaal BESTAND.json [stap | tot N]", en: "replay FILE.json [step | to N]"),
      examples: [
        .nl: ["herhaal sessions/002-routes.json", "herhaal sessions/002-routes.json stap"],
        .en: ["replay sessions/002-routes.json to 4"],
      ]),
    CommandSpec(
      id: .procedure, group: .timing, names: [.nl: ["procedure"], .en: ["procedure"]],
      arguments: [arg("perceel", "lot", .target), arg("soort", "kind", .text)],
      clauses: [.from, .paper, .urgent],
      summary: Phrase(
        nl:
          "Zet de stappen van een aanbestedingsprocedure in een perceel als gekoppelde mijlpalen, met de Nederlandse minimumtermijnen (Aw 2012, sinds \(ProcedureRules.validFrom)); zonder 'vanaf' begint ze met de fase inkoopprocedure. 'papier' zonder elektronische verkorting, 'versneld' bij spoed.",
        en:
          "Lays out a procurement procedure's steps in a lot as linked milestones, with the Dutch minimum periods (Aw 2012, since \(ProcedureRules.validFrom)); without 'from' it starts with the lot's inkoopprocedure phase. 'paper' without the electronic reduction, 'urgent' for an accelerated one."
      ),
      usage: Phrase(
        nl: "procedure PERCEEL SOORT [vanaf DATUM] [papier] [versneld]",
        en: "procedure LOT KIND [from DATE] [paper] [urgent]"),
      examples: [
        .nl: ["procedure r1 niet-openbaar vanaf 1 april 2021", "procedure r2 sas"],
        .en: ["procedure r1 open from 1 April 2021 urgent"],
      ]),
    CommandSpec(
      id: .meetings, group: .timing, names: [.nl: ["vergadering"], .en: ["meeting"]],
      arguments: [
        arg("wie", "who", .choice(["college", "raad", "council"]), optional: true),
        arg("wanneer", "when", .rest, optional: true),
      ],
      clauses: [],
      summary: Phrase(
        nl:
          "Toont of zet wanneer het college (een weekdag, standaard dinsdag) en de raad (data) vergaderen; 'controleer' waarschuwt voor besluiten op andere dagen.",
        en:
          "Shows or sets when the college (a weekday, Tuesday by default) and the council (dates) meet; 'check' warns of decisions on other days."
      ),
      usage: Phrase(
        nl: "vergadering [college [GEMEENTE] WEEKDAG | raad DATUM, DATUM, …]",
        en: "meeting [college [MUNICIPALITY] WEEKDAY | council DATE, DATE, …]"),
      examples: [
        .nl: [
          "vergadering college dinsdag", "vergadering college baarn maandag",
          "vergadering raad 8 juli 2019, 20 april 2020",
        ],
        .en: ["meeting college wednesday"],
      ]),
    CommandSpec(
      id: .baseline, group: .timing, names: [.nl: ["basislijn"], .en: ["baseline"]],
      arguments: [arg("naam", "name", .text, optional: true)], clauses: [],
      summary: Phrase(
        nl:
          "Legt het huidige schema vast onder een naam (zonder naam: de datum van vandaag), om later met 'diff' te zien wat er verschoof.",
        en:
          "Stores the current schedule under a name (without one: today's date), to see later with 'diff' what moved."
      ),
      usage: Phrase(nl: "basislijn [NAAM]", en: "baseline [NAME]"),
      examples: [.nl: ["basislijn", "basislijn \"besluit college\""], .en: ["baseline agreed"]]),
    CommandSpec(
      id: .baselines, group: .timing, names: [.nl: ["basislijnen"], .en: ["baselines"]],
      arguments: [], clauses: [],
      summary: Phrase(
        nl: "Zet de bewaarde basislijnen onder elkaar.", en: "Lists the stored baselines."),
      usage: Phrase(nl: "basislijnen", en: "baselines"),
      examples: [.nl: ["basislijnen"], .en: ["baselines"]]),
    CommandSpec(
      id: .diff, group: .timing, names: [.nl: ["diff", "verschil"], .en: ["diff"]],
      arguments: [arg("basislijn-of-bestand", "baseline-or-file", .file, optional: true)],
      clauses: [],
      summary: Phrase(
        nl:
          "Toont elk onderdeel waarvan de data afwijken van een basislijn (zonder naam: de laatste) of van een andere sessie, met oud, nieuw en verschil, en wat erbij kwam of wegging.",
        en:
          "Shows every item whose dates differ from a baseline (without a name: the latest) or from another session, with old, new and the difference, and what was added or removed."
      ),
      usage: Phrase(nl: "diff [BASISLIJN | BESTAND.json]", en: "diff [BASELINE | FILE.json]"),
      examples: [
        .nl: ["diff", "diff \"besluit college\"", "diff sessions/002-routes.json"],
        .en: ["diff agreed"],
      ]),
    CommandSpec(
      id: .gantt, group: .view, names: [.nl: ["gantt", "grafiek"], .en: ["gantt", "chart"]],
      arguments: [arg("perceel", "lot", .target, optional: true)],
      clauses: [.scale, .from, .to, .width, .baseline],
      summary: Phrase(
        nl:
          "Tekent het plan als balkenschema: per week, maand of kwartaal (vanzelf passend), met vandaag, uiterste data, het kritieke pad en eventueel een basislijn.",
        en:
          "Draws the plan as a bar chart: by week, month or quarter (fitted by itself), with today, deadlines, the critical path and optionally a baseline."
      ),
      usage: Phrase(
        nl:
          "gantt [PERCEEL] [schaal week|maand|kwartaal] [van DATUM] [tot DATUM] [breedte AANTAL] [basislijn NAAM]",
        en:
          "gantt [LOT] [scale week|month|quarter] [from DATE] [to DATE] [width NUMBER] [baseline NAME]"
      ),
      examples: [
        .nl: ["gantt", "gantt r1 schaal week", "gantt van jan 2023 tot jul 2023 breedte 120"],
        .en: ["gantt scale quarter", "gantt baseline agreed"],
      ]),
    CommandSpec(
      id: .export, group: .view, names: [.nl: ["exporteer", "export"], .en: ["export"]],
      arguments: [
        arg("formaat", "format", .choice(ExportFormat.names)),
        arg("bestand", "file", .file, optional: true),
      ],
      clauses: [.all],
      summary: Phrase(
        nl:
          "Schrijft het plan voor andere programma's: tekst (het schema), markdown, csv (Nederlandse Excel), ics (Outlook: mijlpalen, met 'alles' ook de fasen), mermaid, plantuml, html (één pagina, afdrukbaar), tjp (TaskJuggler, jaren 1970 tot en met 2035) of json; zonder bestand op het scherm. pdf (A4 liggend, met pagina's), png (200 dpi) en svg tekenen het schema voor een nota of presentatie: stand per vandaag, kritiek pad, uiterlijk-data en vage data, met legenda; pdf en png alleen naar een bestand.",
        en:
          "Writes the plan for other programs: text (the chart), markdown, csv (Dutch Excel), ics (Outlook: milestones, with 'all' the phases too), mermaid, plantuml, html (one printable page), tjp (TaskJuggler, years 1970 to 2035) or json; without a file, to the screen. pdf (A4 landscape, with pages), png (200 dpi) and svg draw the chart for a memo or a slide: status as of today, critical path, deadlines and vague dates, with a legend; pdf and png only to a file."
      ),
      usage: Phrase(
        nl:
          "export (tekst | markdown | csv | ics | mermaid | plantuml | html | tjp | json | pdf | png | svg) [BESTAND] [alles]",
        en:
          "export (text | markdown | csv | ics | mermaid | plantuml | html | tjp | json | pdf | png | svg) [FILE] [all]"
      ),
      examples: [
        .nl: [
          "export json", "export csv planning.csv", "export ics mijlpalen.ics", "export ics alles",
          "exporteer pdf planning.pdf",
        ],
        .en: [
          "export markdown plan.md", "export mermaid", "export html plan.html",
          "export png chart.png",
        ],
      ]),
    CommandSpec(
      id: .language, group: .settings, names: [.nl: ["taal"], .en: ["lang", "language"]],
      arguments: [arg("taal", "language", .choice(["nl", "en"]), optional: true)], clauses: [],
      summary: Phrase(
        nl: "Kiest de taal van de meldingen: nl of en.",
        en: "Chooses the language of messages: nl or en."),
      usage: Phrase(nl: "taal nl|en", en: "lang nl|en"),
      examples: [.nl: ["taal en"], .en: ["lang nl"]]),
    CommandSpec(
      id: .today, group: .settings, names: [.nl: ["vandaag"], .en: ["today"]],
      arguments: [arg("datum", "date", .rest, optional: true)], clauses: [],
      summary: Phrase(
        nl: "Toont of zet de datum die 'vandaag' betekent, zodat scripts altijd hetzelfde doen.",
        en: "Shows or fixes the date 'today' means, so scripts always do the same."),
      usage: Phrase(nl: "vandaag [DATUM]", en: "today [DATE]"),
      examples: [.nl: ["vandaag 1 mei 2022"], .en: ["today 2022-05-01"]]),
    CommandSpec(
      id: .setting, group: .settings, names: [.nl: ["instelling"], .en: ["setting"]],
      arguments: [
        arg("naam", "name", .choice(["ascii"]), optional: true),
        arg("waarde", "value", .choice(["aan", "uit", "on", "off"]), optional: true),
      ],
      clauses: [],
      summary: Phrase(
        nl: "Toont of wijzigt een instelling: ascii aan|uit tekent het schema in gewone tekens.",
        en: "Shows or changes a setting: ascii on|off draws the chart in plain characters."),
      usage: Phrase(nl: "instelling [ascii aan|uit]", en: "setting [ascii on|off]"),
      examples: [.nl: ["instelling ascii aan"], .en: ["setting ascii off"]]),
    CommandSpec(
      id: .help, group: .session, names: [.nl: ["help", "hulp", "?"], .en: ["help"]],
      arguments: [arg("opdracht", "command", .command, optional: true)], clauses: [],
      summary: Phrase(
        nl: "Legt de opdrachten uit, of één opdracht met een voorbeeld.",
        en: "Explains the commands, or one command with an example."),
      usage: Phrase(nl: "help [OPDRACHT]", en: "help [COMMAND]"),
      examples: [.nl: ["help", "help fase"], .en: ["help phase"]]),
    CommandSpec(
      id: .quit, group: .session, names: [.nl: ["stop", "einde"], .en: ["quit", "exit"]],
      arguments: [], clauses: [],
      summary: Phrase(
        nl: "Stopt Planwerk; vraagt eerst bij niet-bewaarde wijzigingen.",
        en: "Quits Planwerk; asks first when there are unsaved changes."),
      usage: Phrase(nl: "stop", en: "quit"), examples: [.nl: ["stop"], .en: ["quit"]]),
  ]

  static func arg(_ nl: String, _ en: String, _ kind: ArgumentSpec.Kind, optional: Bool = false)
    -> ArgumentSpec
  {
    ArgumentSpec(name: Phrase(nl: nl, en: en), kind: kind, optional: optional)
  }

  static let byName: [String: CommandSpec] = {
    var map: [String: CommandSpec] = [:]
    for spec in all {
      for name in spec.allNames { map[name] = spec }
    }
    return map
  }()

  public static func spec(named word: String) -> CommandSpec? {
    byName[word.lowercased()]
  }

  public static func spec(_ id: CommandID) -> CommandSpec {
    all.first { $0.id == id }!
  }
}
