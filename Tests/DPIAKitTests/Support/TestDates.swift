@testable import DPIAKit

/// A date the test knows exists; stops the run if a test table names a day that does not.
func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    guard let date = CalendarDate(year: year, month: month, day: day) else {
        preconditionFailure("test date \(year)-\(month)-\(day) does not exist")
    }
    return date
}
