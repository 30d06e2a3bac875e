import KBKDomain
import Testing

@testable import KBKPresentation

/// One formatter renders every command's output value: the same value gives a table, CSV and JSON
/// that say the same thing.
@Suite struct CommandOutputTests {
    static let table = Tabular(
        columns: [Column(key: "ticket", header: Msg.labelTicket), Column(key: "status", header: Msg.labelStatus)],
        rows: [[.text("ADU-2027-00001"), .coded(ComplaintStatus.onHold)], [.text("=1+1"), .null]])

    /// Cells are padded to their column and measured by the columns they take; no line ends in a
    /// space, not even when a cell's own text does (a path in an audit summary).
    @Test func tableLinesArePaddedAndNeverEndInASpace() {
        let table = Tabular(
            columns: [
                Column(key: "a", header: Text(en: "A", id: "A")),
                Column(key: "n", header: Text(en: "N", id: "N"), alignRight: true),
                Column(key: "b", header: Text(en: "B", id: "B")),
            ],
            rows: [
                [.text("Bobotsari"), .int(7), .text("/tmp/salinan.sqlite ")], [.text("Rembang"), .int(12), .null],
                [.text("日本"), .int(1), .text("ok")],
            ])
        #expect(
            table.table(.id) == """
                A           N  B
                ---------  --  --------------------
                Bobotsari   7  /tmp/salinan.sqlite
                Rembang    12
                日本        1  ok

                """)
    }

    @Test func rowsAreATableForAPersonAndCSVAndJSONForAScript() {
        let output = CommandOutput.rows(Self.table)
        let table = output.rendered(.table, language: .id)
        #expect(table.split(separator: "\n").count == 4)
        #expect(table.contains("ditunda"))
        #expect(output.rendered(.csv, language: .id) == "ticket,status\r\nADU-2027-00001,on_hold\r\n'=1+1,\r\n")
        // JSON as every command prints it: indented, one key a line.
        #expect(
            output.rendered(.json, language: .en) == """
                [
                  {
                    "ticket": "ADU-2027-00001",
                    "status": "on_hold"
                  },
                  {
                    "ticket": "=1+1",
                    "status": null
                  }
                ]

                """)
    }

    @Test func aChangeIsItsRecordInJSONAndOneLineOtherwise() {
        let output = CommandOutput.change(.object([("id", .int(7))]), line: Text(en: "Added 7", id: "Ditambahkan 7"))
        #expect(output.rendered(.json, language: .id) == "{\n  \"id\": 7\n}\n")
        #expect(output.rendered(.table, language: .id) == "Ditambahkan 7\n")
        #expect(output.rendered(.csv, language: .en) == "Added 7\n")
    }

    @Test func aRecordIsLabelledLinesOrOneFlatCSVRow() {
        var fields = Fields()
        fields.add("Tiket", "ADU-2027-00001")
        fields.add("Unit", nil)
        let output = CommandOutput.record(
            fields, json: .object([("ticket", .string("ADU-2027-00001")), ("unit", .null)]))
        #expect(output.rendered(.table, language: .id) == "Tiket  ADU-2027-00001\nUnit   -\n")
        #expect(output.rendered(.csv, language: .id) == "ticket,unit\r\nADU-2027-00001,\r\n")
        #expect(
            output.rendered(.json, language: .id) == "{\n  \"ticket\": \"ADU-2027-00001\",\n  \"unit\": null\n}\n")
    }

    @Test func aListShowsItsRowsAndGivesItsRecordsToScripts() {
        let records = JSON.array([.object([("ticket", .string("ADU-2027-00001")), ("events", .array([]))])])
        let output = CommandOutput.records({ records }, shown: .rows(Self.table))
        #expect(output.rendered(.json, language: .id) == records.serialized() + "\n")
        #expect(output.rendered(.csv, language: .id) == Self.table.csv())
    }

    @Test func aTitledPartFollowsItsHeadingWithoutAGap() {
        let output = CommandOutput.sections([
            .text("A\n"), .titled(Text(en: "Rows", id: "Baris"), .rows(Self.table)),
        ])
        #expect(output.rendered(.table, language: .en) == "A\n\nRows\n" + Self.table.render(.table, language: .en))
    }

    @Test func sectionsFollowOneAnotherWithABlankLineAndNothingLeavesNoGap() {
        let output = CommandOutput.sections([.line(Text(en: "A", id: "A")), .nothing, .text("B\n")])
        #expect(output.rendered(.table, language: .id) == "A\n\nB\n")
    }

    @Test func recordsAskedForAsJSONAreJSONWhateverTheFormat() {
        let output = CommandOutput.json(.array([.object([("code", .string("umum"))])]))
        let expected = "[\n  {\n    \"code\": \"umum\"\n  }\n]\n"
        #expect(output.rendered(.json, language: .id) == expected)
        #expect(output.rendered(.table, language: .en) == expected)
    }
}
