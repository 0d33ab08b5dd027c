package vn.nghisu.exchange;

import java.nio.file.Path;

/** A written package: where, how many meetings and rows, and its size in bytes. */
public record ExportResult(Path file, int meetings, int rows, long bytes) {
}
