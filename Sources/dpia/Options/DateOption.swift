import ArgumentParser
import DPIAKit

/// The `--date` value of a command: checked once, read as the day to apply the law as of.
enum DateOption {
    /// Refuses a `--date` that is not written YYYY-MM-DD (a usage error, exit 64).
    static func validate(_ date: String?) throws {
        if let date, CalendarDate(date) == nil {
            throw ValidationError("--date must be a date written YYYY-MM-DD, not '\(Diagnostic.excerpt(date))'")
        }
    }

    /// The day given with `--date`, or today.
    static func day(_ date: String?) -> CalendarDate {
        date.flatMap(CalendarDate.init) ?? Clock.today()
    }
}
