import PlanFiles
import PlanKit
import Testing

@testable import Workbench

/// The tender as a process: a plan that only dates its phases and milestones, as the seeds
/// do, answers as a linked process. The order comes from the kinds, as implicit links.
struct ProcessTests {
  /// Seed 004's question: publication slips two months; is 1 januari 2022 still feasible? By
  /// hand: publication 1 juni 2021, the six-month procedure to 1 december 2021, the award
  /// after it, three months of implementation to 1 maart 2022: 31 + 28 = 59 days past
  /// 1 januari 2022 (41 working days). It used to say "haalbaar, 0 speling".
  @Test func answersSeed004WhenPublicationSlips() throws {
    var interpreter = try Fixtures.seed("004-achterhoek")
    let shift = interpreter.run("verschuif regio.publicatie 2 maanden").text
    #expect(shift.contains("regio.implementatie     1 dec. 2021 – 1 mrt. 2022  (+2 mnd)"))
    let feasible = interpreter.run("haalbaar regio.ingang").text
    #expect(
      feasible.contains(
        "uiterste datum 1 jan. 2022: niet haalbaar, 59 dagen (41 werkdagen) te kort"))
    #expect(feasible.contains("regio.implementatie    1 mrt. 2022    na regio.gunning (vanzelf)"))
    #expect(
      interpreter.run("kritiek naar regio.ingang").text.contains(
        "het kritieke pad is 59 dagen (41 werkdagen) te lang"))
    // The award is planned, not promised: it moves with the procedure, and what no longer
    // fits is the contract start.
    #expect(interpreter.plan.item("regio.gunning")?.start.day.iso == "2021-12-01")
    #expect(interpreter.run("controleer").text.contains("! regio.ingang"))
  }

  /// Seed 002: route 2's procedure is bounded by its own lot (its implementation on
  /// 1 oktober 2023), not by the end of the plan, so route 1 slipping two months leaves its
  /// slack as it was: 1 december 2022 at the latest for a ten-month procedure.
  @Test func measuresSlackTowardsTheLotsOwnTarget() throws {
    var interpreter = try Fixtures.seed("002-routes")
    let line = { (text: String) in
      text.split(separator: "\n").first { $0.contains("  r2.inkoopprocedure ") }.map(String.init)
    }
    let before = line(interpreter.run("kritiek").text)
    #expect(before?.contains("1 dec. 2022      1 okt. 2023") == true, "\(before ?? "")")
    _ = interpreter.run("verschuif r1.inkoopprocedure 2 maanden")
    #expect(line(interpreter.run("kritiek").text) == before)
  }

  @Test func linksATendersStepsByTheirKinds() {
    var interpreter = Fixtures.after([
      "nieuw P", "perceel a x", "fase a.voorbereiding van 1 mei 2022 tot 1 sept 2022",
      "mijlpaal a.publicatie op 1 okt 2022", "fase a.inkoopprocedure van 1 okt 2022 duur 6 maanden",
      "mijlpaal a.gunning op 1 april 2023", "fase a.implementatie van 1 mei 2023 duur 6 maanden",
      "mijlpaal a.ingang op 1 jan 2024 soort ingang-contract",
    ])
    let implicit = interpreter.plan.links.filter(\.implicit).map { "\($0.from) → \($0.to)" }
    #expect(
      Set(implicit) == [
        "a.voorbereiding → a.publicatie", "a.publicatie → a.inkoopprocedure",
        "a.publicatie → a.gunning", "a.gunning → a.implementatie",
        "a.inkoopprocedure → a.implementatie", "a.implementatie → a.ingang",
      ], "\(implicit)")
    // Dated, nothing moved: an implicit link only pushes what would come too early.
    #expect(interpreter.plan.item("a.implementatie")?.start.day.iso == "2023-05-01")
    #expect(
      interpreter.run("toon a.implementatie").text.contains(
        "wacht op  na a.gunning (vanzelf), na a.inkoopprocedure (vanzelf)"))
    // Removed on purpose, it stays removed, also after saving and opening.
    _ = interpreter.run("ontkoppel a.implementatie van a.gunning")
    _ = interpreter.run("fase a.extra van 1 jan 2023 duur 1m")
    #expect(
      !interpreter.plan.links.contains { $0.from == "a.gunning" && $0.to == "a.implementatie" })
    let files = MemoryFiles()
    files.files["p.json"] = SessionFile.encode(
      interpreter.plan, interpreter.settings, journal: interpreter.journal)
    #expect(files.files["p.json"]!.contains("\"version\": 5"))
    var reopened = Fixtures.interpreter(files)
    let opened = reopened.run("open p.json")
    #expect(opened.notice.isEmpty, "\(opened.text)")
    #expect(reopened.plan == interpreter.plan)
    // A typed link takes the place of the implicit one between the same two.
    _ = reopened.run("koppel a.implementatie na a.gunning + 2 weken")
    #expect(
      reopened.plan.links.filter { $0.to == "a.implementatie" && $0.from == "a.gunning" }
        .map(\.implicit) == [false])
    #expect(reopened.plan.item("a.implementatie")?.start.day.iso == "2023-04-15")
  }

  /// A link removed on purpose stays removed when its items or its lot are renamed: the next
  /// change to the lot does not bring it back.
  @Test(arguments: ["hernoem c a", "hernoem c.contract c.ct"])
  func keepsARemovedLinkRemovedAcrossARename(_ rename: String) {
    var interpreter = Fixtures.after([
      "nieuw RL", "perceel c L procedure openbaar", "procedure c openbaar vanaf 4 mrt 2024",
      "ontkoppel c.contract van c.einde-alcatel", "koppel c.contract na c.publicatie + 10 dagen",
    ])
    let contract = interpreter.plan.item("c.contract")!.start
    #expect(!interpreter.run(rename).failed)
    let lot = rename.hasSuffix(" a") ? "a" : "c"
    let id = rename.hasSuffix(" a") ? "a.contract" : "c.ct"
    #expect(!interpreter.run("wijzig \(lot).publicatie titel X").failed)
    #expect(interpreter.plan.item(id)?.start == contract)
    #expect(interpreter.plan.removedLinks.map(\.to) == [id])
  }

  /// A file from before the process was kept gets its implicit links on opening, and says
  /// so: its journal starts again from the plan as it now stands.
  @Test func upgradesAnOlderFileAndSaysSo() throws {
    let files = MemoryFiles()
    var old = Fixtures.after(Fixtures.designSession)
    _ = old.run("mijlpaal r1.gunning op 1 juni 2023")
    var plan = old.plan
    plan.links.removeAll(where: \.implicit)
    let text = SessionFile.encode(plan, old.settings, journal: old.journal)
    #expect(text.contains("\"version\": 3"))
    files.files["oud.json"] = text
    var interpreter = Fixtures.interpreter(files)
    let opened = interpreter.run("open oud.json")
    #expect(!opened.failed)
    #expect(interpreter.plan.links.contains { $0.implicit })
    #expect(opened.notice.contains("eerdere Planwerk"), "\(opened.text)")
  }

  /// Seed 002: the procedure's steps belong to route 1's own procedure phase (1 sept. 2022 –
  /// 1 juli 2023): published when the phase starts, the contract not before the phase ends,
  /// and listed before the implementation.
  @Test func laysOutAProcedureInTheLotsOwnPhase() throws {
    var interpreter = try Fixtures.seed("002-routes")
    _ = interpreter.run("procedure r1 sas")
    let names = interpreter.plan.lots[0].items.map(\.name)
    #expect(names.firstIndex(of: "contract")! < names.firstIndex(of: "implementatie")!)
    #expect(interpreter.plan.item("r1.publicatie")?.start.day.iso == "2022-09-01")
    #expect(interpreter.plan.item("r1.contract")?.start.day.iso == "2023-07-01")
    #expect(interpreter.run("procedure r1 sas").failed, "a second one is refused")
  }

  /// Seed 004 already dates the publication (1 april 2021) and the award (1 oktober 2021):
  /// they become the procedure's steps. By hand: the standstill runs 20 days from the day
  /// after the award, to 21 oktober; the contract on 22 oktober; three months of
  /// implementation end 22 januari 2022, three weeks past the contract start.
  @Test func adoptsTheMilestonesALotAlreadyHas() throws {
    var interpreter = try Fixtures.seed("004-achterhoek")
    let outcome = interpreter.run("procedure regio openbaar")
    #expect(!outcome.failed, "\(outcome.text)")
    #expect(
      outcome.text.contains(
        "Bestaande mijlpalen zijn stappen geworden: regio.gunning, regio.publicatie."))
    #expect(interpreter.plan.item("regio.gunning")?.start.day.iso == "2021-10-01")
    #expect(interpreter.plan.item("regio.contract")?.start.day.iso == "2021-10-22")
    #expect(outcome.text.contains("! de procedure past niet in regio.inkoopprocedure"))
    #expect(
      interpreter.run("haalbaar regio.ingang").text.contains("niet haalbaar, 21 dagen"))
  }

  /// Seed 001 (Hilversum): the college decided on 5 juli 2016, published the next day, the
  /// procedure closes on 27 oktober and 66 days of implementation reach the contracts on
  /// 1 januari 2017 exactly: feasible, nothing to spare. Three weeks' delay in publishing
  /// (27 juli) carries the procedure to 17 november and the implementation to 22 januari
  /// 2017: 21 days (15 working days, with the Christmas days) short.
  @Test func answersSeed001WhenPublicationIsLate() throws {
    var interpreter = try Fixtures.seed("001-hilversum")
    #expect(
      interpreter.run("haalbaar sd.ingang").text.contains(
        "vaste datum 1 jan. 2017: haalbaar, met 0 werkdagen (0 dagen) speling"))
    _ = interpreter.run("verschuif sd.publicatie 3 weken")
    #expect(
      interpreter.run("haalbaar sd.ingang").text.contains(
        "vaste datum 1 jan. 2017: niet haalbaar, 21 dagen (15 werkdagen) te kort"))
    #expect(interpreter.run("controleer").text.contains("! sd.afronding"))
  }

  /// Seed 003 (Amersfoort): youth care is awarded on 1 december 2022 for contracts from
  /// 1 april 2023: 121 days (86 working days) for the implementation. A month's delay in the
  /// award still leaves 90 days; the shelter lot (award 1 oktober 2022, contracts 1 januari
  /// 2023) has 92.
  @Test func answersSeed003PerLot() throws {
    var interpreter = try Fixtures.seed("003-amersfoort")
    #expect(
      interpreter.run("haalbaar jeugd.ingang").text.contains(
        "vaste datum 1 apr. 2023: haalbaar, met 86 werkdagen (121 dagen) speling"))
    #expect(
      interpreter.run("haalbaar opvang.ingang").text.contains(
        "haalbaar, met 64 werkdagen (92 dagen)"))
    _ = interpreter.run("verschuif jeugd.gunning 1 maand")
    #expect(interpreter.run("haalbaar jeugd.ingang").text.contains("(90 dagen) speling"))
  }

  /// Seed 000 (Heerde): the specialist hire goes through a DAS, whose specific contracts
  /// have no standstill (Aw 2012 art. 2.127 lid 4): from publication on 1 juni 2020 the
  /// contract comes with the award decision, and the tender deadline on Saturday 25 juli
  /// is flagged for the Atw, not moved.
  @Test func answersSeed000ForTheDynamicPurchasingSystem() throws {
    var interpreter = try Fixtures.seed("000-heerde")
    #expect(interpreter.run("lijst").text.contains("kader.kadernota  2017 – 2020 (4 jaar)"))
    let laid = interpreter.run("procedure inhuur das vanaf 1 juni 2020").text
    #expect(laid.contains("Geen Alcatel-termijn: geen opschortende termijn"))
    #expect(interpreter.plan.item("inhuur.einde-alcatel") == nil)
    #expect(
      interpreter.plan.item("inhuur.contract")?.start
        == interpreter.plan.item("inhuur.gunningsbeslissing")?.start)
    #expect(laid.contains("valt op za 25 jul. 2020, geen werkdag volgens de Algemene termijnenwet"))
  }

  /// A statutory deadline on a day a decree made equal to a holiday (Friday 30 mei 2025,
  /// after Hemelvaart) is flagged like a holiday: forty days from 20 april 2025.
  @Test func flagsAStatutoryDeadlineOnADecreeDay() {
    var interpreter = Fixtures.after(["nieuw P", "perceel r1 x"])
    let laid = interpreter.run("procedure r1 openbaar vanaf 20 april 2025").text
    #expect(
      laid.contains(
        "! r1.sluiting-inschrijving \"Sluiting inschrijving\" valt op vr 30 mei 2025, geen werkdag volgens de Algemene termijnenwet: zet de termijn op de eerstvolgende werkdag, 2 jun. 2025"
      ))
    #expect(interpreter.plan.item("r1.sluiting-inschrijving")?.start.day.iso == "2025-05-30")
  }

  /// The benchmark's lot (Benchmarks/…/PlanGenerator.swift writes these two links itself, to
  /// time scheduling rather than deriving): four standard phases linked in order and an award
  /// after the procedure phase.
  @Test func addsWhatTheTypedLinksOfTheBenchmarkLotLeaveOut() {
    let interpreter = Fixtures.after([
      "nieuw P", "perceel l1 x", "fase l1.voorbereiding van 6-1-2025 duur 40 werkdagen",
      "fase l1.inkoopprocedure na l1.voorbereiding duur 120 werkdagen",
      "fase l1.implementatie na l1.inkoopprocedure duur 60 werkdagen",
      "fase l1.uitvoering na l1.implementatie duur 20 werkdagen",
      "mijlpaal l1.gunning na l1.inkoopprocedure",
    ])
    #expect(
      Set(interpreter.plan.links.filter(\.implicit).map { "\($0.from) → \($0.to)" }) == [
        "l1.voorbereiding → l1.gunning", "l1.gunning → l1.implementatie",
      ])
  }
}
