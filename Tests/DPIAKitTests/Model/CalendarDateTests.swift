import Foundation
import Testing

@testable import DPIAKit

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test(
        "real days in YYYY-MM-DD parse and print back unchanged",
        arguments: [
            "2024-02-29", "2000-02-29", "2023-02-28", "2023-12-31", "2023-01-01", "2023-04-30",
            "0001-01-01", "9999-12-31",
        ])
    func valid(iso: String) throws {
        let date = try #require(CalendarDate(iso))
        #expect(date.description == iso)
    }

    @Test("the parts are read as numbers")
    func parts() throws {
        let date = try #require(CalendarDate("2024-03-07"))
        #expect((date.year, date.month, date.day) == (2024, 3, 7))
    }

    @Test(
        "days that do not exist and other shapes are rejected",
        arguments: [
            "2023-02-29", "1900-02-29", "2022-13-01", "2022-00-10", "2022-01-00", "2022-04-31",
            "2022-01-32", "2022-2-1", "22-02-01", "2022/02/01", "2022-02-01T00:00", " 2022-02-01",
            "2022-02-01 ", "", "2022-0a-01", "２０２２-02-01", "+022-02-01", "-2022-02-01",
        ])
    func invalid(iso: String) {
        #expect(CalendarDate(iso) == nil)
    }

    @Test("the memberwise initialiser checks the calendar too")
    func memberwise() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 10000, month: 1, day: 1) == nil)
    }

    @Test("small parts are zero-padded when printed")
    func padding() {
        #expect(CalendarDate(year: 7, month: 3, day: 9)?.description == "0007-03-09")
    }

    @Test(
        "dates order chronologically",
        arguments: [
            ("2023-12-31", "2024-01-01"), ("2024-01-31", "2024-02-01"),
            ("2024-02-01", "2024-02-02"), ("0999-12-31", "1000-01-01"),
        ])
    func ordering(earlier: String, later: String) throws {
        let first = try #require(CalendarDate(earlier))
        let second = try #require(CalendarDate(later))
        #expect(first < second)
        #expect(!(second < first))
        #expect(first != second)
    }

    @Test("the UTC day of an instant is the day Foundation's Gregorian calendar gives, in every era")
    func utcDay() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        // From 1600 to 2400 in steps of about 33 days (each at another time of day), plus the edges of a day.
        var seconds = -11_676_096_000.0
        while seconds < 13_569_465_600 {
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
            let date = try #require(CalendarDate(utcSecondsSince1970: seconds))
            #expect((date.year, date.month, date.day) == (parts.year, parts.month, parts.day), "\(seconds)")
            seconds += 2_850_000.5
        }
        #expect(CalendarDate(utcSecondsSince1970: 0)?.description == "1970-01-01")
        #expect(CalendarDate(utcSecondsSince1970: -0.5)?.description == "1969-12-31")
        #expect(CalendarDate(utcSecondsSince1970: 951_782_399)?.description == "2000-02-28")
        #expect(CalendarDate(utcSecondsSince1970: 951_868_799)?.description == "2000-02-29")
        #expect(CalendarDate(utcSecondsSince1970: 1_796_083_200)?.description == "2026-12-01")
        #expect(CalendarDate(utcSecondsSince1970: .nan) == nil)
        #expect(CalendarDate(utcSecondsSince1970: 1e15) == nil)
    }
}
