/// A day in the proleptic Gregorian calendar, without a time or a time zone.
///
/// Answers of type `date` and date literals in conditions use this type; it is written and
/// read as `YYYY-MM-DD`.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, from 0 to 9999.
    public let year: Int
    /// The month, from 1 to 12.
    public let month: Int
    /// The day of the month, from 1 to the length of that month.
    public let day: Int

    /// Creates a date from its parts, or returns `nil` when that day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`, or returns `nil` for any other shape or a day that does not
    /// exist.
    public init?(_ iso: String) {
        let scalars = Array(iso.unicodeScalars)
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-",
            let year = CalendarDate.number(scalars[0..<4]),
            let month = CalendarDate.number(scalars[5..<7]),
            let day = CalendarDate.number(scalars[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date as `YYYY-MM-DD`.
    public var description: String {
        CalendarDate.padded(year, to: 4) + "-" + CalendarDate.padded(month, to: 2) + "-"
            + CalendarDate.padded(day, to: 2)
    }

    /// The day in UTC of an instant given as seconds since 1970-01-01T00:00:00Z (what
    /// `SOURCE_DATE_EPOCH` holds), or nil outside the years 0 to 9999. Plain arithmetic on the
    /// proleptic Gregorian calendar, so no calendar or time zone is loaded for it.
    public init?(utcSecondsSince1970 seconds: Double) {
        guard seconds.isFinite, abs(seconds) < 400_000_000_000 else { return nil }
        // Days from 0000-03-01, in eras of 400 years (146,097 days), after H. Hinnant's
        // civil_from_days: a year starting in March puts the leap day at its end.
        let days = Int((seconds / 86_400).rounded(.down)) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Orders dates chronologically.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return isLeap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    private static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        var value = 0
        for scalar in digits {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return value
    }

    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
