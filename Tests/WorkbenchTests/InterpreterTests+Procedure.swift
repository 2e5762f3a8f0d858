import PlanFiles
import PlanKit
import Testing
import Workbench

/// procedure, and what controleer says about statutory periods.
extension InterpreterTests {
  static let procedurePlan = [
    "vandaag 1 maart 2021", "nieuw \"Inkoop\"", "perceel regio \"Regio\"",
    "procedure regio niet-openbaar vanaf 1 april 2021",
  ]

  @Test func laysOutAProcedureAsLinkedMilestones() {
    var interpreter = Fixtures.after(Array(Self.procedurePlan.prefix(3)))
    let outcome = interpreter.run("procedure regio niet-openbaar vanaf 1 april 2021")
    #expect(outcome.text.contains("regio.sluiting-aanmelding    1 mei 2021"))
    #expect(outcome.text.contains("ten minste 30 dagen na publicatie: Aw 2012 art. 2.74"))
    #expect(interpreter.plan.lots[0].procedure == .nietOpenbaar)
    #expect(
      interpreter.plan.lots[0].items.map(\.name) == [
        "publicatie", "sluiting-aanmelding", "selectie", "laatste-nvi", "sluiting-inschrijving",
        "gunningsbeslissing", "einde-alcatel", "contract",
      ])
    // Statutory deadlines on a weekend are flagged, not moved.
    #expect(
      outcome.text.contains(
        "! regio.sluiting-aanmelding \"Sluiting aanmelding\" valt op za 1 mei 2021"))
    #expect(outcome.text.contains("eerstvolgende werkdag, 3 mei 2021"))
    #expect(interpreter.plan.item("regio.sluiting-aanmelding")?.start.day.iso == "2021-05-01")
    // Moving the publication moves the rest through the scheduler.
    _ = interpreter.run("verschuif regio.publicatie 1 week")
    #expect(interpreter.plan.item("regio.einde-alcatel")?.start.day.iso == "2021-08-15")
  }

  /// Published Sunday 9 March 2025: 40 days end on Good Friday (an Atw holiday, not a day off
  /// for municipal staff), and the Alcatel period on Saturday 7 June before Whit Monday.
  @Test func flagsStatutoryDeadlinesOnAtwHolidays() {
    var interpreter = Fixtures.after(["nieuw P", "perceel r1 x"])
    let outcome = interpreter.run("procedure r1 openbaar vanaf 9 maart 2025")
    #expect(
      outcome.text.contains(
        "! r1.sluiting-inschrijving \"Sluiting inschrijving\" valt op vr 18 apr. 2025, geen werkdag volgens de Algemene termijnenwet: zet de termijn op de eerstvolgende werkdag, 22 apr. 2025"
      ))
    #expect(
      outcome.text.contains("valt op za 7 jun. 2025") && outcome.text.contains("10 jun. 2025"))
    #expect(interpreter.plan.item("r1.sluiting-inschrijving")?.start.day.iso == "2025-04-18")
    _ = interpreter.run("koppel r1.sluiting-inschrijving na r1.publicatie + 44 dagen")
    #expect(!interpreter.run("controleer").text.contains("r1.sluiting-inschrijving \""))
  }

  @Test func warnsWhenAPeriodIsShorterThanTheLawAllows() {
    var interpreter = Fixtures.after(Self.procedurePlan)
    let outcome = interpreter.run("koppel regio.sluiting-aanmelding na regio.publicatie + 20 dagen")
    #expect(
      outcome.text.contains(
        "! de termijn van regio.publicatie tot regio.sluiting-aanmelding is 20 dagen; de wet vraagt ten minste 30 dagen"
      ))
    #expect(
      interpreter.plan.links.first { $0.to == "regio.sluiting-aanmelding" }?.minimum?.days == 30)
    #expect(interpreter.run("controleer").text.contains("kan op zijn vroegst op 1 mei 2021"))
    _ = interpreter.run("koppel regio.sluiting-aanmelding na regio.publicatie + 33 dagen")
    #expect(!interpreter.run("controleer").text.contains("de wet vraagt"))
  }

  @Test func saysSoWhenTheLawSetsNoPeriods() {
    var interpreter = Fixtures.after([
      "nieuw P", "perceel r2 x", "fase r2.inkoopprocedure van 1 sept. 2022 duur 10 maanden",
    ])
    let outcome = interpreter.run("procedure r2 sas")
    #expect(outcome.text.contains("De wet stelt voor sas geen termijnen"))
    #expect(interpreter.plan.item("r2.publicatie")?.start.day.iso == "2022-09-01")
    #expect(interpreter.run("procedure r2 sas").text.contains("r2 heeft al een procedure"))
    #expect(interpreter.run("procedure r2 sas versneld").failed)
  }

  @Test func keepsStatutoryMinimaInTheSessionFile() throws {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Self.procedurePlan, files: files)
    _ = interpreter.run("bewaar p.json")
    let text = try files.read("p.json")
    #expect(text.contains("\"minimumDays\": 30, \"minimumSource\": \"Aw 2012 art. 2.74"))
    #expect(try SessionFile.decode(text).plan == interpreter.plan)
  }
}

/// What controleer says about a lot's value against the thresholds.
extension InterpreterTests {
  @Test func saysWhichRegimeAppliesAndWhenTheProcedureDoesNotFit() {
    var interpreter = Fixtures.after([
      "nieuw P",
      "perceel hbh \"Hulp bij het Huishouden\" procedure meervoudig-onderhands waarde 218.000",
      "fase hbh.inkoopprocedure van 1 dec. 2025 duur 3 maanden",
    ])
    let before = interpreter.run("controleer").text
    #expect(
      before.contains(
        "· hbh: € 218.000 ligt onder de Europese drempels (diensten € 221.000, SAS € 750.000, 2024–2025)"
      ))
    #expect(before.hasSuffix("Verder klopt alles."))
    // Published a month later, the 2026 threshold for services (€ 216.000) applies.
    let after = interpreter.run("verschuif hbh.inkoopprocedure 1 maand").text
    #expect(
      after.contains("! hbh: meervoudig-onderhands kan bij € 218.000 alleen voor SAS-diensten"))
    _ = interpreter.run("wijzig hbh waarde 250.000 per jaar 1+1+1")
    #expect(interpreter.plan.lots[0].value == 750_000)
    #expect(
      interpreter.run("controleer").text.contains("past niet bij € 750.000, boven de SAS-drempel"))
    #expect(interpreter.run("toon hbh").text.contains("€ 250.000 per jaar, 1+1+1 jaar: € 750.000"))
  }

  @Test func warnsWhenAProcedureIsOlderThanTheThresholdsItKnows() {
    var interpreter = Fixtures.after([
      "nieuw P", "perceel oud \"Oud\" waarde 300.000",
      "fase oud.inkoopprocedure van 1 sept. 2015 duur 3 maanden",
    ])
    let check = interpreter.run("controleer").text
    #expect(
      check.contains(
        "! oud: de procedure begint in 2015, vóór de drempels die Planwerk kent (vanaf 2016); de drempels van 2016–2017 zijn gebruikt"
      ))
    _ = interpreter.run("verschuif oud.inkoopprocedure 6 maanden")
    #expect(!interpreter.run("controleer").text.contains("vóór de drempels"))
  }
}

/// vergadering, and decisions off the meeting days.
extension InterpreterTests {
  @Test func warnsOfDecisionsOffTheMeetingDays() throws {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(["nieuw P"], files: files)
    // Seed 004: the colleges decided on Tuesday 2 March 2021.
    #expect(
      !interpreter.run("mijlpaal financien op 2 maart 2021 soort collegebesluit").text.contains("!")
    )
    let thursday = interpreter.run("mijlpaal documenten op 25 maart 2021 soort collegebesluit")
    #expect(
      thursday.text.contains(
        "! documenten valt op 25 mrt. 2021, maar het college vergadert op dinsdag: kies 23 mrt. 2021 of 30 mrt. 2021"
      ))
    // Tuesday 26 December 2023 is Tweede Kerstdag: the meetings before and after it.
    #expect(
      interpreter.run("besluit gunning op 26 dec 2023").text.contains(
        "! gunning valt op 26 dec. 2023, Tweede Kerstdag: dan vergadert het college niet; kies 19 dec. 2023 of 2 jan. 2024"
      ))
    _ = interpreter.run("verwijder gunning")
    _ = interpreter.run("vergadering college donderdag")
    #expect(!interpreter.run("controleer").text.contains("documenten"))
    _ = interpreter.run("vergadering raad 8 juli 2019, 20 april 2020")
    let raad = interpreter.run("mijlpaal hbh op 21 april 2020 soort raadsbesluit")
    #expect(raad.text.contains("geen vergaderdag van de raad: kies 20 apr. 2020"))
    _ = interpreter.run("bewaar p.json")
    #expect(
      try SessionFile.decode(try files.read("p.json")).plan.meetings == interpreter.plan.meetings)
    #expect(interpreter.run("vergadering college zondagmiddag").failed)
  }

  /// The example checked by hand: niet-openbaar from 1 April 2021, 30 days to the
  /// applications (1 May), 14 to the selection (15 May), 35 to the tenders (19 June), 30 to the
  /// award decision (19 July), 20 Alcatel days (the last on 8 August), the contract on the day
  /// after (9 August), then 6 months of implementation.
  @Test func answersWhetherADateIsStillFeasible() {
    var interpreter = Fixtures.after(
      Self.procedurePlan + [
        "fase regio.implementatie na regio.contract duur 6 maanden",
        "mijlpaal regio.start \"Start uitvoering\" op 1 januari 2022",
        "koppel regio.start na regio.implementatie",
      ])
    let late = interpreter.run("haalbaar regio.start")
    #expect(
      late.text.contains(
        "regio.start \"Start uitvoering\": op zijn vroegst 9 feb. 2022 (nu 1 jan. 2022)"))
    #expect(
      late.text.contains("vaste datum 1 jan. 2022: niet haalbaar, 39 dagen (27 werkdagen) te kort"))
    #expect(late.text.contains("Wat het tegenhoudt:"))
    #expect(
      late.text.contains(
        "regio.sluiting-inschrijving  19 jun. 2021   na regio.selectie +35 d, wettelijk minimum 35 dagen: Aw 2012 art. 2.74a"
      ))
    #expect(
      late.text.contains(
        "regio.implementatie          9 feb. 2022    na regio.contract, duur 6 maanden"))
    // A later target is met; a longer tender period of the plan's own does not count.
    _ = interpreter.run("koppel regio.sluiting-inschrijving na regio.selectie + 50 dagen")
    let later = interpreter.run("haalbaar regio.start voor 1 maart 2022")
    #expect(later.text.contains("op zijn vroegst 9 feb. 2022 (nu 1 jan. 2022)"))
    #expect(later.text.contains("doel 1 mrt. 2022: haalbaar, met 14 werkdagen (20 dagen) speling"))
    #expect(later.text.contains("1 langere termijn(en) van het plan ingekort"))
    #expect(interpreter.run("haalbaar regio").failed)
    #expect(
      interpreter.run("haalbaar regio.implementatie").text.contains(
        "geen uiterste datum: geef 'voor DATUM'"))
    _ = interpreter.run("taal en")
    #expect(
      interpreter.run("feasible regio.start by 1 March 2022").text.contains(
        "target 1 Mar 2022: feasible, with 14 working days (20 days) to spare"))
  }

  /// Seed 004 and DOMAIN §d: a regional decision is reached when the last college has decided.
  @Test func gatesARegionalDecisionOnTheLastCollege() throws {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(
      [
        "nieuw \"Regio\"", "besluit college-amersfoort op 16 maart 2021",
        "besluit college-baarn op 15 maart 2021",
        "besluit college-utrechtse-heuvelrug op 23 maart 2021",
        "vergadering college baarn maandag",
      ], files: files)
    let regio = interpreter.run(
      "besluit regio \"Regionaal besluit\" na college Amersfoort, Baarn en Utrechtse Heuvelrug uiterlijk 1 april 2021"
    )
    #expect(!regio.failed, "\(regio.text)")
    #expect(
      regio.text.contains(
        "wacht op 3 besluiten; het laatste, college-utrechtse-heuvelrug (23 mrt. 2021), bepaalt 23 mrt. 2021"
      ))
    #expect(interpreter.plan.item("regio")?.kind == "regiobesluit")
    #expect(interpreter.plan.item("college-baarn")?.kind == "collegebesluit")
    // Baarn's college meets on Mondays, the others on Tuesdays: no warning.
    #expect(interpreter.run("controleer").text.hasPrefix("Alles klopt"))
    _ = interpreter.run("verschuif college-amersfoort 2 weken")
    #expect(interpreter.plan.item("regio")?.start.day.iso == "2021-03-30")
    #expect(interpreter.run("haalbaar regio").text.contains("uiterste datum 1 apr. 2021: haalbaar"))
    _ = interpreter.run("verschuif college-baarn 3 weken")
    #expect(interpreter.plan.item("regio")?.start.day.iso == "2021-04-05")
    #expect(
      interpreter.run("controleer").text.contains(
        "regio \"Regionaal besluit\" (5 apr. 2021) mist de uiterste datum 1 apr. 2021"))
    let missing = interpreter.run("besluit regio2 na college Amersfoort, Soest")
    #expect(missing.text.contains("er is nog geen collegebesluit van Soest (college-soest)"))
    #expect(missing.text.contains("besluit college-soest op DATUM"))
    #expect(interpreter.run("besluit x op 1 april 2021 soort agenda").text.contains("kies uit:"))
    #expect(interpreter.run("besluit rib op 6 april 2021").failed == false)
    #expect(interpreter.plan.item("rib")?.kind == "raadsinformatiebrief")
    _ = interpreter.run("bewaar r.json")
    let reopened = try SessionFile.decode(try files.read("r.json")).plan
    #expect(reopened.meetings.colleges == ["college-baarn": 1])
    #expect(reopened.links == interpreter.plan.links)
  }
}
