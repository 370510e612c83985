import DropFolder
import SystemPackage
import Testing

@Suite struct IgnoreRulesTests {
    let rules = IgnoreRules(patterns: IgnoreRules.defaultPatterns)

    @Test(arguments: [
        ".article.txt.Ab12Cd", "a.tmp", "a.part", "a.partial", "a.filepart", "a.txt~", ".hidden/a.txt", "sub/.x",
    ])
    func ignoresUploadTempNames(_ path: String) {
        #expect(self.rules.ignores(FilePath(path)))
    }

    @Test(arguments: ["a.txt", "sub/a.txt", "a.part.txt", "tmp/a.md", "notes"])
    func keepsOrdinaryNames(_ path: String) {
        #expect(!self.rules.ignores(FilePath(path)))
    }

    @Test func patternWithSlashMatchesWholePath() {
        let rules = IgnoreRules(patterns: ["incoming/*.csv"])
        #expect(rules.ignores(FilePath("incoming/a.csv")))
        #expect(!rules.ignores(FilePath("other/a.csv")))
    }

    @Test func emptyListIgnoresNothing() {
        #expect(!IgnoreRules(patterns: []).ignores(FilePath(".hidden")))
    }
}
