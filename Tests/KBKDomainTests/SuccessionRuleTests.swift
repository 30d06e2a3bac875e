import KBKDomain
import Testing

/// Where an ending unit's work goes: the route of its function, else the default successor.
@Suite struct SuccessionRuleTests {
    @Test func aFunctionGoesToItsRouteAndTheRestToTheDefault() throws {
        let split = try Succession(
            default: "DINDAGKOPUKM",
            routes: [
                SuccessionRoute.parse("category:Perindustrian=dinperinnaker"),
                SuccessionRoute.parse("section: Bidang Perindustrian =DINPERINNAKER"),
            ])
        #expect(split.successor(forCategory: "perindustrian") == "DINPERINNAKER")
        #expect(split.successor(forCategory: "general") == "DINDAGKOPUKM")
        #expect(split.successor(forSection: "Bidang Perindustrian") == "DINPERINNAKER")
        #expect(split.successor(forSection: "Bidang Perdagangan") == "DINDAGKOPUKM")
        #expect(split.successor(forSection: nil) == "DINDAGKOPUKM")
        #expect(split.successors == ["DINDAGKOPUKM", "DINPERINNAKER"])
        // Kept on the unit's row and read back the same.
        let stored = try #require(split.storedRoutes)
        #expect(stored == "category:perindustrian=DINPERINNAKER\nsection:Bidang Perindustrian=DINPERINNAKER")
        #expect(try Succession.routes(stored: stored) == split.routes)

        let routesOnly = try Succession(
            default: nil, routes: [SuccessionRoute(.category("keluarga-berencana"), to: "DINKESPPKB")])
        #expect(routesOnly.successor(forCategory: "general") == nil)
        #expect(routesOnly.successor(forCategory: "keluarga-berencana") == "DINKESPPKB")
    }

    @Test func aFunctionTwiceOrAMalformedRouteIsRefused() throws {
        let twice = [
            SuccessionRoute(.category("perdagangan"), to: "A1"), SuccessionRoute(.category("perdagangan"), to: "B1"),
        ]
        #expect(throws: DomainError.rule(.duplicateRoute("category:perdagangan"))) {
            try Succession(default: nil, routes: twice)
        }
        for text in ["perdagangan=A1", "category:perdagangan", "bidang:x=A1", "section:=A1", "category:x y=A1"] {
            #expect(throws: DomainError.self, "\(text)") { try SuccessionRoute.parse(text) }
        }
        // A section's name may hold '=': the unit is after the last one.
        #expect(try SuccessionRoute.parse("section:A=B=DINX").function == .section("A=B"))
    }

    /// `export skpd`'s one-line form: routes joined by `;`, each read as `--successor-for` reads it;
    /// a `;` that does not begin a route belongs to a section's name.
    @Test func routesOnOneLineReadBackTheSame() throws {
        let routes = [
            SuccessionRoute(.category("perindustrian"), to: "DINPERINNAKER"),
            SuccessionRoute(.section("Bidang Industri; Energi"), to: "DINPERINNAKER"),
            SuccessionRoute(.section("Seksi A=B; C"), to: "DINDAGKOPUKM"),
        ]
        let line = try #require(Succession.joined(routes))
        #expect(
            line == "category:perindustrian=DINPERINNAKER;section:Bidang Industri; Energi=DINPERINNAKER;"
                + "section:Seksi A=B; C=DINDAGKOPUKM")
        #expect(try Succession.routes(joined: line, field: "successor_routes") == routes)
        #expect(Succession.joined([]) == nil)
        #expect(
            try Succession.routes(joined: " Category:Perindustrian=dinperinnaker ; ", field: "successor_routes")
                == [routes[0]])
        #expect(
            throws: DomainError.malformed(
                field: "successor_routes", value: "bidang:Industri",
                expected: "category:CODE=UNIT or section:NAME=UNIT")
        ) {
            try Succession.routes(joined: "category:perindustrian=A1;bidang:Industri=B1", field: "successor_routes")
        }
        #expect(throws: DomainError.rule(.duplicateRoute("category:perindustrian"))) {
            try Succession.routes(joined: "category:perindustrian=A1;category:perindustrian=B1", field: "x")
        }
    }
}
