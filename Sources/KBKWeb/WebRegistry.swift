import KBKDomain
import KBKPresentation
import KBKStore

/// What a unit's page shows: its record, groups, SOPs, improvement actions and IKM surveys.
struct UnitRegistry {
    let overview: UnitOverview
    let groups: [(group: Group, activeMembers: Int)]
    let sops: [SOP]
    let improvements: [Improvement]
    let surveys: [Surveys.Survey]
    /// The unit's work-culture self-assessments, one per year.
    let assessments: [CultureAssessment]
    /// The active units, for a successor's choice.
    let units: [Unit]
    /// The unit's yearly targets (Renstra IKU), by year.
    let targets: [UnitTarget]
}

/// The registry's pages (a unit, a KBK group) and their forms. A form is shown when the official's
/// role holds its right; the store decides the scope again on the post, as on the command line.
extension WebPages {
    static func unit(
        _ registry: UnitRegistry, today: CivilDate, official: Official, token: String, language: Language,
        base: String, refill: Refill? = nil
    ) -> HTML {
        let unit = registry.overview.unit
        func field(_ label: Text, _ value: String?) -> HTML {
            "<dt>\(label(language))</dt><dd>\(value ?? "-")</dd>"
        }
        let children = registry.overview.children
        var body: HTML = "<dl class=\"fields\">"
        body += field(Msg.labelName, unit.name) + field(Msg.labelKind, unit.kind.label(language))
        body += field(Msg.labelOfficialCode, unit.officialCode) + field(Msg.labelParent, unit.parentCode)
        body += field(Msg.labelHead, unit.headName) + field(Msg.labelStaff, unit.staffCount.map(String.init))
        body += field(Msg.labelChildren, children.isEmpty ? nil : children.joined(separator: ", "))
        body += "</dl>"
        body += "<h2>\(Msg.webGroups(language))</h2>"
        body += table(
            [Msg.labelID, Msg.labelName, Msg.labelFormed, Msg.webActiveMembers, Msg.labelFocus],
            registry.groups.map {
                [
                    "<a href=\"\(base)/group/\($0.group.id)\">\($0.group.id)</a>", "\($0.group.name)",
                    "\($0.group.formedOn.description)", "\($0.activeMembers)", "\($0.group.focus)",
                ]
            }, language: language)
        body += "<h2>\(Msg.webSOPs(language))</h2>"
        body += table(
            [Msg.labelNumber, Msg.labelTitle, Msg.labelRevision, Msg.webEffective, Msg.webNextReview],
            registry.sops.map {
                [
                    "\($0.number)", "\($0.current.content.title)", "\($0.current.revision)",
                    "\($0.current.content.effectiveOn.description)",
                    "<span class=\"\($0.isOverdueForReview(on: today) ? "overdue" : "ok")\">\($0.nextReviewDue.description)</span>",
                ]
            }, language: language)
        body += "<h2>\(Msg.webImprovements(language))</h2>"
        body += improvementTable(registry.improvements, today: today, language: language, base: base)
        body += "<h2>\(Msg.webSurveys(language))</h2>"
        body += table(
            [Msg.webSurveyPeriod, Msg.webRespondents, Msg.webIKM, Msg.webGrade],
            registry.surveys.map {
                [
                    "\($0.period.label)", "\($0.score.respondents)",
                    "\(ReportValue.hundredths($0.score.convertedHundredths, language))",
                    "\($0.score.grade.rawValue) \($0.score.grade.label)",
                ]
            }, language: language)
        body += "<h2>\(Msg.webTargets(language))</h2>"
        body += table(
            [Msg.webYearLabel, Msg.webTargetSettled, Msg.webTargetOnTime, Msg.webIKM, Msg.labelSource],
            registry.targets.map { target in
                [
                    "\(target.year)",
                    "\(target.settledBasisPoints.map { ReportValue.hundredths($0, language) + " %" } ?? "-")",
                    "\(target.onTimeBasisPoints.map { ReportValue.hundredths($0, language) + " %" } ?? "-")",
                    "\(target.ikmHundredths.map { ReportValue.hundredths($0, language) } ?? "-")",
                    "\(target.source ?? "-")",
                ]
            }, language: language)
        body += "<h2>\(Msg.webCultureAssessments(language))</h2>"
        body += table(
            [Msg.webYearLabel, Msg.webAverage, Msg.webWeakest]
                + CoreValue.allCases.map { Text(en: $0.name, id: $0.name) },
            registry.assessments.map { assessment in
                [
                    "\(assessment.year)", "\(ReportValue.hundredths(assessment.averageHundredths, language))",
                    "\(assessment.weakest.name)",
                ] + assessment.valueHundredths.map { "\(ReportValue.hundredths($0, language))" as HTML }
            }, language: language)
        body += unitForms(
            registry, today: today, official: official, token: token, language: language, base: base, refill: refill)
        return layout(
            "\(unit.code) — \(unit.name)", body, language: language, base: base, official: official, refill: refill)
    }

    static func improvementTable(_ improvements: [Improvement], today: CivilDate, language: Language, base: String)
        -> HTML
    {
        table(
            [Msg.labelID, Msg.labelTitle, Msg.webGroupLabel, Msg.webStage, Msg.labelDue, Msg.webComplaints],
            improvements.map { action in
                let late = action.dueOn.map { $0 < today && !action.stage.isFinished } ?? false
                return [
                    "\(action.id)", "\(action.title)",
                    "<a href=\"\(base)/group/\(action.groupID)\">\(action.groupID)</a>",
                    "\(action.stage.label(language))",
                    "<span class=\"\(late ? "overdue" : "ok")\">\(action.dueOn?.description ?? "-")</span>",
                    action.complaintTickets.map { "<a href=\"\(base)/complaint/\($0)\">\($0)</a>" as HTML }
                        .joined(separator: " "),
                ]
            }, language: language)
    }

    /// One registry form posting to `path/action`, filled in and open when it comes back refused.
    static func registryForm(
        _ path: String, _ action: String, _ title: Text, _ fields: (FormFields) -> HTML, token: String,
        language: Language, refill: Refill?
    ) -> HTML {
        let f = refill?.fields(for: action, language: language) ?? FormFields(language: language)
        f.idPrefix = "\(action)-"
        let written = fields(f)
        let open: HTML = refill?.action == action ? " open" : ""
        // Folded until opened (no script needed): a registry page has up to seven forms.
        return """
            <details class="action"\(open)><summary>\(title(language))</summary>
            <form method="post" action="\(path)/\(action)"><input type="hidden" name="csrf" value="\(token)">\
            \(f.formProblem())\(written)
            <button type="submit">\(title(language))</button></form></details>

            """
    }

    /// The unit page's forms: form a group, record a meeting, register, revise and review an SOP,
    /// advance an improvement action, record an IKM survey.
    static func unitForms(
        _ registry: UnitRegistry, today: CivilDate, official: Official, token: String, language: Language,
        base: String, refill: Refill?
    ) -> HTML {
        let path = "\(base)/unit/\(registry.overview.unit.code)"
        let manages = GuardedAction.manageWorkCulture.allows(official.role)
        let groups = registry.groups.map(\.group)
        func date(_ f: FormFields) -> HTML { f.input("date", Msg.webDate, required: true, value: today.description) }
        func form(_ action: String, _ title: Text, _ fields: (FormFields) -> HTML) -> HTML {
            registryForm(path, action, title, fields, token: token, language: language, refill: refill)
        }
        var out = HTML()
        if manages {
            out += form("group", Msg.webFormGroup) {
                $0.input("name", Msg.labelName, required: true) + $0.input("focus", Msg.labelFocus)
            }
        }
        if GuardedAction.recordMeeting.allows(official.role), !groups.isEmpty {
            out += form("meeting", Msg.webRecordMeeting) {
                $0.choice("group", Msg.webGroupLabel, groups.map { (String($0.id), "\($0.id) — \($0.name)") })
                    + date($0) + $0.input("agenda", Msg.labelAgenda) + $0.textarea("minutes", Msg.webMinutes)
            }
        }
        if manages {
            out += form("sop", Msg.webAddSOP) {
                $0.input("number", Msg.labelNumber, required: true)
                    + $0.input("title", Msg.labelTitle, required: true)
                    + $0.input("service", Msg.labelService)
                    + $0.input("effective", Msg.webEffectiveDate, required: true, value: today.description)
                    + $0.number("review_months", Msg.webReviewMonths, range: SOPSchedule.reviewMonthsRange)
            }
        }
        let sopChoice = registry.sops.map { ($0.number, "\($0.number) — \($0.current.content.title)") }
        if manages, !sopChoice.isEmpty {
            out += form("revise", Msg.webReviseSOP) {
                $0.choice("sop", Msg.labelNumber, sopChoice)
                    + $0.input("title", Msg.webNewTitle)
                    + $0.input("effective", Msg.webEffectiveDate, required: true, value: today.description)
            }
            out += form("review", Msg.webReviewSOP) {
                $0.choice("sop", Msg.labelNumber, sopChoice) + date($0)
                    + $0.choice(
                        "outcome", Msg.labelOutcome, ReviewOutcome.allCases.map { ($0.rawValue, $0.label(language)) })
                    + $0.input("note", Msg.labelNote)
            }
        }
        let open = registry.improvements.filter { !$0.stage.isFinished }
        if manages, !open.isEmpty {
            out += form("advance", Msg.webAdvance) {
                $0.choice(
                    "improvement", Msg.webImprovement,
                    open.map { (String($0.id), "\($0.id) — \($0.title) (\($0.stage.label(language)))") })
                    + $0.choice(
                        "stage", Msg.webStage,
                        ImprovementStage.allCases.filter { $0 != .plan }.map { ($0.rawValue, $0.label(language)) })
                    + $0.input("note", Msg.labelNote)
            }
        }
        if manages, !sopChoice.isEmpty {
            out += form("revoke", Msg.webRevokeSOP) {
                $0.choice("sop", Msg.labelNumber, sopChoice) + date($0)
            }
        }
        if manages {
            let scores = CoreValue.scores.map { (String($0), String($0)) }
            out += form("assess", Msg.webAssessCulture) { fields in
                fields.number("year", Msg.webYearLabel, range: CivilDate.plausibleYears, required: true)
                    + CoreValue.allCases.map {
                        fields.choice("score-\($0.code)", Text(en: $0.name, id: $0.name), scores, preselected: "3")
                    }.joined()
                    + date(fields) + fields.input("note", Msg.labelNote)
            }
        }
        if manages {
            out += form("ikm", Msg.webRecordSurvey) {
                $0.input("period", Msg.webPeriod, required: true, placeholder: "\(today.year)-S1")
                    + $0.input(
                        "averages", Msg.webAverages, required: true, placeholder: "3.2,3.1,2.9,3.8,3.3,3.4,3.5,3.0,3.1")
                    + $0.number("respondents", Msg.webRespondents, range: IKMScore.respondentRange)
            }
        }
        if GuardedAction.setTargets.allows(official.role) {
            out += form("target", Msg.webSetTargets) {
                $0.number("year", Msg.webYearLabel, range: UnitTarget.years, required: true)
                    + "<p class=\"hint\">\(Msg.webBlankKeepsDashClearsTarget(language))</p>"
                    + $0.input("settled", Msg.webTargetSettled, placeholder: "90")
                    + $0.input("on_time", Msg.webTargetOnTime, placeholder: "80")
                    + $0.input("ikm", Msg.webIKM, placeholder: "82,5")
                    + $0.input("source", Msg.labelSource, placeholder: "Renstra 2021–2026, IKU 3")
            }
            if !registry.targets.isEmpty {
                out += form("remove-target", Msg.webRemoveTargets) {
                    $0.choice("year", Msg.webYearLabel, registry.targets.map { (String($0.year), String($0.year)) })
                }
            }
        }
        if GuardedAction.manageRegistry.allows(official.role) {
            let unit = registry.overview.unit
            out += form("edit", Msg.webEditUnit) {
                $0.input("name", Msg.labelName, required: true, value: unit.name)
                    + $0.input("official_code", Msg.labelOfficialCode, value: unit.officialCode ?? "")
                    + $0.input("head_name", Msg.labelHead, value: unit.headName ?? "")
                    + $0.input("head_nip", Msg.labelHeadNIP, value: unit.headNIP ?? "")
                    + $0.input("staff", Msg.labelStaff, value: unit.staffCount.map(String.init) ?? "")
            }
            if unit.deactivatedOn == nil {
                let heirs = registry.units.filter { $0.code != unit.code }.map { ($0.code, "\($0.name) (\($0.code))") }
                out += form("deactivate", Msg.webDeactivateUnit) {
                    date($0) + $0.choice("successor", Msg.labelSuccessor, [("", "-")] + heirs)
                }
            }
        }
        return out.isEmpty ? HTML() : "<h2>\(Msg.webActions(language))</h2>" + out
    }

    /// A KBK group: its record, active members, recent meetings and improvement actions, with the
    /// forms to add or end a membership, record a meeting and open an improvement action.
    static func group(
        _ overview: GroupOverview, improvements: [Improvement], rbks: [RBK], today: CivilDate, official: Official,
        token: String, language: Language, base: String, refill: Refill? = nil
    ) -> HTML {
        let group = overview.group
        func field(_ label: Text, _ value: String?) -> HTML {
            "<dt>\(label(language))</dt><dd>\(value ?? "-")</dd>"
        }
        var body: HTML = "<dl class=\"fields\">"
        body += "<dt>\(Msg.labelUnit(language))</dt>"
        body += "<dd><a href=\"\(base)/unit/\(group.unitCode)\">\(group.unitCode)</a></dd>"
        body += field(Msg.labelFormed, group.formedOn.description)
        body += field(Msg.labelFocus, group.focus) + field(Msg.webMeetingCount, String(overview.meetingCount))
        body += "</dl>"
        body += "<h2>\(Msg.webActiveMembers(language))</h2>"
        body += table(
            [Msg.labelNIP, Msg.labelName, Msg.labelRole, Msg.labelSince],
            overview.activeMembers.map {
                ["\($0.nip)", "\($0.name)", "\($0.role.label(language))", "\($0.since.description)"]
            },
            language: language)
        body += "<h2>\(Msg.webMeetings(language))</h2>"
        body += table(
            [Msg.labelDate, Msg.labelAgenda, Msg.webMinutes],
            overview.recentMeetings.map { ["\($0.heldOn.description)", "\($0.agenda)", "\($0.minutes)"] },
            language: language)
        body += "<h2>\(Msg.webImprovements(language))</h2>"
        body += improvementTable(improvements, today: today, language: language, base: base)
        body += "<h2>\(Msg.webRBKs(language))</h2>"
        body += rbks.map { rbk -> HTML in
            let heading = "\(LetterDates.tableDate(rbk.writtenOn, language)) — \(rbk.title)"
            var entry: HTML = "<details class=\"rbk\"><summary>\(heading)</summary><dl class=\"fields\">"
            for (label, text) in [
                (Msg.webRBKPlan, rbk.plan), (Msg.webRBKDo, rbk.doing), (Msg.webRBKCheck, rbk.checking),
                (Msg.webRBKAct, rbk.acting),
            ] {
                entry += "<dt>\(label(language))</dt><dd>\(text)</dd>"
            }
            let linked = rbk.improvementIDs.map(String.init).joined(separator: ", ")
            entry += "<dt>\(Msg.webImprovements(language))</dt><dd>\(linked.isEmpty ? "-" : linked)</dd></dl></details>"
            return entry
        }.joined()
        if rbks.isEmpty { body += "<p>\(Msg.webNoRBK(language))</p>" }
        let path = "\(base)/group/\(group.id)"
        func form(_ action: String, _ title: Text, _ fields: (FormFields) -> HTML) -> HTML {
            registryForm(path, action, title, fields, token: token, language: language, refill: refill)
        }
        var forms = HTML()
        let active = group.dissolvedOn.map { $0 > today } ?? true
        if GuardedAction.manageWorkCulture.allows(official.role), active {
            forms += form("member", Msg.webAddMember) {
                $0.input("nip", Msg.labelNIP, required: true)
                    + $0.input("name", Msg.labelName, required: true)
                    + $0.choice(
                        "role", Msg.labelRole, GroupRole.allCases.reversed().map { ($0.rawValue, $0.label(language)) })
                    + $0.input("since", Msg.webSinceDate, required: true, value: today.description)
            }
            if !overview.activeMembers.isEmpty {
                forms += form("remove-member", Msg.webEndMembership) {
                    $0.choice("nip", Msg.labelNIP, overview.activeMembers.map { ($0.nip, "\($0.nip) — \($0.name)") })
                        + $0.input("date", Msg.webDate, required: true, value: today.description)
                }
            }
            forms += form("improvement", Msg.webOpenImprovement) {
                $0.input("title", Msg.labelTitle, required: true)
                    + $0.textarea("problem", Msg.webProblem)
                    + $0.textarea("target", Msg.webTarget) + $0.input("due", Msg.webDueDate)
                    + $0.input("complaints", Msg.webTickets, placeholder: "ADU-\(today.year)-00012")
            }
        }
        let open = improvements.filter { !$0.stage.isFinished }
        if GuardedAction.manageWorkCulture.allows(official.role), !open.isEmpty {
            forms += form("link", Msg.webLinkImprovement) {
                $0.choice("improvement", Msg.webImprovement, open.map { (String($0.id), "\($0.id) — \($0.title)") })
                    + $0.input("complaint", Msg.labelTicket, placeholder: "ADU-\(today.year)-00012")
                    + $0.input("sop", Msg.webSOPNumber, placeholder: "470/01/\(today.year)")
                    + $0.input("survey", Msg.webSurveyNumber)
                    + $0.input("elements", Msg.webSurveyElements, placeholder: "U3,U8")
            }
        }
        if GuardedAction.manageWorkCulture.allows(official.role) {
            forms += form("rbk", Msg.webWriteRBK) {
                $0.input("title", Msg.labelTitle, required: true)
                    + $0.input("date", Msg.webDate, required: true, value: today.description)
                    + $0.textarea("plan", Msg.webRBKPlan, required: true)
                    + $0.textarea("doing", Msg.webRBKDo, required: true)
                    + $0.textarea("checking", Msg.webRBKCheck, required: true)
                    + $0.textarea("acting", Msg.webRBKAct, required: true)
                    + $0.input("improvements", Msg.webImprovementNumbers, placeholder: "3, 7")
            }
        }
        if GuardedAction.manageWorkCulture.allows(official.role), active {
            forms += form("edit", Msg.webEditGroup) {
                $0.input("name", Msg.labelName, required: true, value: group.name)
                    + $0.input("focus", Msg.labelFocus, value: group.focus ?? "")
            }
            forms += form("dissolve", Msg.webDissolveGroup) {
                $0.input("date", Msg.webDate, required: true, value: today.description)
            }
        }
        if GuardedAction.recordMeeting.allows(official.role), active {
            forms += form("meeting", Msg.webRecordMeeting) {
                $0.input("date", Msg.webDate, required: true, value: today.description)
                    + $0.input("agenda", Msg.labelAgenda) + $0.textarea("minutes", Msg.webMinutes)
            }
        }
        if !forms.isEmpty { body += "<h2>\(Msg.webActions(language))</h2>" + forms }
        return layout(
            "\(group.id) — \(group.name)", body, language: language, base: base, official: official, refill: refill)
    }
}
