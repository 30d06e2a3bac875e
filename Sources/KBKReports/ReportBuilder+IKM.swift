import KBKDomain
import KBKStore

/// The IKM sections: each unit's latest surveys and the kabupaten's index.
extension ReportBuilder {
    /// Per unit its latest survey period in the report's period (its services' surveys pooled),
    /// then a row per service surveyed; every unit says whether it was surveyed in the year.
    func ikm(
        period: ReportPeriod, scope: Set<String>?, units: [String: UnitInfo], weighting: IKMWeighting
    ) throws -> [IKMFigures] {
        let surveys = try store.surveys.list(unit: nil, overlapping: nil).filter { $0.period.to <= period.to }
        let links = try store.improvements.surveyLinks().filter { $0.stands(on: period.to) }
        let yearBefore = period.to.adding(months: -12)
        var rows: [IKMFigures] = []
        let active = unitsInScope(units, scope: scope, on: period.to)
        let latestByUnit = latestSurveys(surveys, units: active, period: period)
        for unit in active {
            var row = IKMFigures(code: unit.code, name: unit.name)
            let own = surveys.filter { $0.unitCode == unit.code }
            row.surveyedInYear = own.contains { $0.period.to > yearBefore }
            guard let ofLatest = latestByUnit[unit.code], let latest = ofLatest.last else {
                rows.append(row)
                continue
            }
            let previousEnd = own.last(where: { $0.period.to < latest.period.to })?.period
            func fill(_ row: inout IKMFigures, _ surveys: [Surveys.Survey], previous: [Surveys.Survey]) {
                guard let score = IKMScore.pooled(surveys.map(\.score)) else { return }
                row.period = latest.period.label
                row.respondents = score.respondents
                row.convertedHundredths = score.convertedHundredths(weighting)
                row.grade = IKMGrade(hundredths: score.convertedHundredths(weighting))
                row.previousHundredths = IKMScore.pooled(previous.map(\.score))?.convertedHundredths(weighting)
                row.shortOfSample = surveys.count == 1 ? surveys[0].shortOfSample : nil
                let weakest = score.weakestElement + 1
                let ids = Set(surveys.map(\.id))
                row.weakestElement = weakest
                row.weakestElementAddressed = links.contains { ids.contains($0.surveyID) && $0.element == weakest }
            }
            let previous = own.filter { $0.period == previousEnd }
            fill(&row, ofLatest, previous: previous)
            rows.append(row)
            let services = Set(ofLatest.compactMap(\.service)).sorted()
            for service in services {
                var serviceRow = IKMFigures(code: unit.code, name: unit.name)
                serviceRow.service = service
                serviceRow.surveyedInYear = row.surveyedInYear
                fill(
                    &serviceRow, ofLatest.filter { $0.service == service },
                    previous: previous.filter { $0.service == service })
                rows.append(serviceRow)
            }
        }
        return rows
    }

    /// Each unit's surveys of its latest survey period ending in the period (its services' surveys):
    /// what both the unit rows and the kabupaten's IKM are made of.
    private func latestSurveys(
        _ surveys: [Surveys.Survey], units: [UnitInfo], period: ReportPeriod
    ) -> [String: [Surveys.Survey]] {
        var latest: [String: [Surveys.Survey]] = [:]
        for unit in units {
            let own = surveys.filter { $0.unitCode == unit.code && $0.period.to <= period.to }
            guard let last = own.last(where: { $0.period.to >= period.from }) else { continue }
            latest[unit.code] = own.filter { $0.period == last.period }
        }
        return latest
    }

    /// The kabupaten's IKM (`KabupatenIKM`) of the period, and of the period before.
    func kabupatenIKM(
        period: ReportPeriod, units: [String: UnitInfo], weighting: IKMWeighting
    ) throws -> KabupatenIKMFigures? {
        let surveys = try store.surveys.list(unit: nil, overlapping: nil)
        func figure(_ period: ReportPeriod) -> (KabupatenIKM, units: Int)? {
            let active = unitsInScope(units, scope: nil, on: period.to)
            let latest = latestSurveys(surveys, units: active, period: period)
            let unitScores = latest.keys.sorted().compactMap { IKMScore.pooled((latest[$0] ?? []).map(\.score)) }
            return KabupatenIKM(unitScores: unitScores).map { ($0, active.count) }
        }
        guard let (kabupaten, unitCount) = figure(period) else { return nil }
        let previous = period.previous
        return KabupatenIKMFigures(
            convertedHundredths: kabupaten.convertedHundredths(weighting), grade: kabupaten.grade(weighting),
            respondents: kabupaten.respondents, unitsSurveyed: kabupaten.unitsSurveyed, units: unitCount,
            meanOfUnitsHundredths: kabupaten.meanOfUnitsHundredths(weighting),
            weakestElement: kabupaten.score.weakestElement + 1, previousPeriod: previous.label,
            previousHundredths: figure(previous)?.0.convertedHundredths(weighting))
    }
}
