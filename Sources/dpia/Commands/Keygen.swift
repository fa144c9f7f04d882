import ArgumentParser
import DPIAKit
import Foundation

extension DPIA {
    struct Keygen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an Ed25519 key pair for signing reports.",
            discussion: """
                Writes the private key to PREFIX (readable by its owner only, mode 0600) and the \
                public key to PREFIX.pub. Sign with `dpia report --sign PREFIX`; anyone with \
                PREFIX.pub can check with `dpia verify --key PREFIX.pub`. Keys are plain files and \
                are never sent anywhere; an existing file is never replaced.

                Exit status: 0 keys written; 64 usage error; 73 a file exists or cannot be written; \
                70 unexpected failure.
                """)

        @Option(help: ArgumentHelp("Where to write the keys: PREFIX and PREFIX.pub.", valueName: "prefix"))
        var out: String

        func run() throws {
            let publicPath = out + ".pub"
            for path in [out, publicPath] where FileManager.default.fileExists(atPath: path) {
                Console.error("the file exists; dpia never replaces a key", file: path)
                throw ExitCode.cannotCreate
            }
            let key = ReportSigningKey()
            try KeyFiles.writePair(private: key.fileText, public: key.publicKey.fileText, to: out)
            Console.status("private key written to \(out) (mode 0600; keep it to yourself)")
            Console.status("public key written to \(publicPath) (key SHA-256 \(key.publicKey.fingerprint))")
        }
    }
}
