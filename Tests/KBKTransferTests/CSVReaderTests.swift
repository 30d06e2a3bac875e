import KBKDomain
import KBKTransfer
import Testing

func records(_ bytes: [UInt8]) throws -> [[String]] {
    var reader = CSVReader(bytes: bytes)
    var result: [[String]] = []
    while let record = try reader.next() { result.append(record) }
    return result
}

func records(_ text: String) throws -> [[String]] { try records(Array(text.utf8)) }

struct CSVCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let expected: [[String]]
    var testDescription: String { name }
}

@Suite struct CSVReaderTests {
    @Test(arguments: [
        CSVCase(name: "plain", text: "a,b\n1,2\n", expected: [["a", "b"], ["1", "2"]]),
        CSVCase(name: "CRLF", text: "a,b\r\n1,2\r\n", expected: [["a", "b"], ["1", "2"]]),
        CSVCase(name: "no final newline", text: "a,b\n1,2", expected: [["a", "b"], ["1", "2"]]),
        CSVCase(name: "quoted separator", text: "a,b\n\"1,5\",2\n", expected: [["a", "b"], ["1,5", "2"]]),
        CSVCase(name: "doubled quotes", text: "a\n\"kata \"\"kutip\"\"\"\n", expected: [["a"], ["kata \"kutip\""]]),
        CSVCase(
            name: "newline inside quotes", text: "a,b\n\"baris\nbaru\",2\n",
            expected: [["a", "b"], ["baris\nbaru", "2"]]),
        CSVCase(name: "CRLF inside quotes", text: "a\r\n\"x\r\ny\"\r\n", expected: [["a"], ["x\r\ny"]]),
        CSVCase(name: "empty fields", text: "a,b,c\n,,\n", expected: [["a", "b", "c"], ["", "", ""]]),
        CSVCase(name: "trailing separator", text: "a,b,\n1,2,\n", expected: [["a", "b", ""], ["1", "2", ""]]),
        CSVCase(
            name: "semicolons from an Indonesian spreadsheet", text: "a;b\n1,5;2\n",
            expected: [["a", "b"], ["1,5", "2"]]),
        CSVCase(name: "blank lines skipped", text: "a\n\n1\n\n", expected: [["a"], ["1"]]),
        CSVCase(
            name: "Indonesian text and emoji", text: "subjek\nJalan rusak 🙏 di Karangreja\n",
            expected: [["subjek"], ["Jalan rusak 🙏 di Karangreja"]]),
        CSVCase(name: "quoted empty", text: "a,b\n\"\",x\n", expected: [["a", "b"], ["", "x"]]),
        CSVCase(
            name: "quote inside an unquoted field", text: "a,b\nsi \"X\",2\n",
            expected: [["a", "b"], ["si \"X\"", "2"]]),
        CSVCase(name: "CR line ends", text: "a,b\r1,2\r", expected: [["a", "b"], ["1", "2"]]),
    ])
    func trickyInputs(_ test: CSVCase) throws {
        #expect(try records(test.text) == test.expected)
        // Fed one byte at a time, fields are never whole in the buffer, so the byte-by-byte path reads
        // what the whole-field path read above: both must agree, line numbers included.
        var bytes = Array(test.text.utf8)[...]
        var reader = CSVReader { buffer in
            guard let byte = bytes.popFirst() else { return false }
            buffer.append(byte)
            return true
        }
        var slow: [[String]] = []
        var lines: [Int] = []
        while let record = try reader.next() {
            slow.append(record)
            lines.append(reader.line)
        }
        #expect(slow == test.expected)
        var whole = CSVReader(text: test.text)
        var wholeLines: [Int] = []
        while try whole.next() != nil { wholeLines.append(whole.line) }
        #expect(wholeLines == lines)
    }

    @Test func aByteOrderMarkIsDropped() throws {
        #expect(try records([0xEF, 0xBB, 0xBF] + Array("a;b\n1;2\n".utf8)) == [["a", "b"], ["1", "2"]])
    }

    @Test func invalidUTF8IsRefusedWithItsLine() throws {
        let bytes = Array("a\nok\n".utf8) + [0xC3, 0x28, 0x0A]
        #expect(throws: CSVError(line: 3, problem: .invalidUTF8)) { try records(bytes) }
    }

    @Test func lineNumbersCountLinesInsideQuotes() throws {
        var reader = CSVReader(text: "a\n\"x\ny\"\nz\n")
        _ = try reader.next()
        #expect(reader.line == 2)
        _ = try reader.next()
        #expect(reader.line == 4)
    }

    @Test func anUnterminatedQuoteIsAnError() {
        #expect(throws: CSVError(line: 2, problem: .unterminatedQuote)) { try records("a\n\"tidak ditutup\n") }
        #expect(throws: CSVError(line: 2, problem: .characterAfterClosingQuote)) { try records("a\n\"x\"y\n") }
    }

    @Test func largeInputsStreamInChunks() throws {
        var chunks = (0..<2_000).map { Array("baris \($0),\"isi, dengan koma\"\n".utf8) }
        var reader = CSVReader { buffer in
            guard !chunks.isEmpty else { return false }
            buffer.append(contentsOf: chunks.removeFirst())
            return true
        }
        var count = 0
        while let record = try reader.next() {
            #expect(record.count == 2)
            count += 1
        }
        #expect(count == 2_000)
    }
}

@Suite struct FormulaGuardTests {
    @Test(arguments: [
        "=1+1", "+1 2", "-1+1", "@A1", "\tx", "\rx", "'=x", "''", "'+", "=", "-", "+", "-.5", "-5.", "--5",
    ])
    func formulasAreGuardedAndComeBackWhole(_ value: String) {
        let written = FormulaGuard.protect(value)
        #expect(written.hasPrefix("'"), "\(value)")
        #expect(FormulaGuard.unprotect(written) == value)
    }

    @Test(arguments: ["", "x", "Jalan", "'x", "'", "-12", "+3", "-0.25", "12", "a=b", " =x"])
    func otherTextIsLeftAsItIs(_ value: String) {
        #expect(FormulaGuard.protect(value) == value)
        #expect(FormulaGuard.unprotect(value) == value)
    }

    @Test func aRecordPastTheCapStopsReadingAndNamesItsLine() throws {
        var reader = CSVReader(text: "a,b\n1,\"" + String(repeating: "x", count: 5_000) + "\n")
        reader.maxRecordBytes = 1_000
        _ = try reader.next()
        #expect(throws: CSVError(line: 2, problem: .recordTooLong(cap: 1_000))) { try reader.next() }
    }
}
