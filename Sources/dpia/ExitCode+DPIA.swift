import ArgumentParser

/// The exit statuses dpia documents in `--help` and the README; the one place they are defined.
extension ExitCode {
    /// `verify`: a check failed (the report was edited, or does not follow from the answers).
    static let verificationFailed = ExitCode(1)
    /// The report's verdict is DO NOT DEPLOY, so scripts can gate on it.
    static let doNotDeploy = ExitCode(2)
    /// `recheck`: something changed in at least one assessment (like `terraform plan -detailed-exitcode`).
    static let somethingChanged = ExitCode(2)
    /// A questionnaire or answers file is invalid (sysexits EX_DATAERR).
    static let dataError = ExitCode(65)
    /// An input file does not exist or cannot be read (EX_NOINPUT).
    static let noInput = ExitCode(66)
    /// A fault in dpia itself: an error nothing else accounts for (EX_SOFTWARE), kept apart from
    /// `verify`'s 1.
    static let unexpectedFailure = ExitCode(70)
    /// The output cannot be created (EX_CANTCREAT).
    static let cannotCreate = ExitCode(73)
    /// The interview was interrupted (Ctrl-C); every answer given is saved (128 + SIGINT).
    static let interrupted = ExitCode(130)
}
