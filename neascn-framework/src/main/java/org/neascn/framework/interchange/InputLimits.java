package org.neascn.framework.interchange;

/**
 * How much of an uploaded file an import reads before it gives up: the bytes received, the
 * bytes a compressed part may unpack to, the rows of a sheet and the characters of a cell.
 * A file past a limit is refused with a clear message, never half-read.
 *
 * @param maxBytes          the size of the file as sent
 * @param maxUnpackedBytes  what one part of a zipped file (XLSX) may unpack to
 * @param maxRows           rows per sheet or CSV section
 * @param maxCellChars      characters in one cell or JSON string
 */
public record InputLimits(long maxBytes, long maxUnpackedBytes, int maxRows, int maxCellChars) {

    public InputLimits {
        if (maxBytes <= 0 || maxUnpackedBytes <= 0 || maxRows <= 0 || maxCellChars <= 0) {
            throw new IllegalArgumentException("input limits must be positive");
        }
    }

    /**
     * Generous for a city's plan (a real SCAP template is well under 1 MB) and for a network
     * bundle, and small enough that a hostile upload cannot exhaust a server's heap.
     */
    public static InputLimits standard() {
        return new InputLimits(20L * 1024 * 1024, 100L * 1024 * 1024, 10_000, 32_767);
    }

    public InputLimits withMaxBytes(long bytes) {
        return new InputLimits(bytes, maxUnpackedBytes, maxRows, maxCellChars);
    }

    public InputLimits withMaxRows(int rows) {
        return new InputLimits(maxBytes, maxUnpackedBytes, rows, maxCellChars);
    }

    /** The size limit in words: "20 MB". */
    public String describeMaxBytes() {
        return maxBytes >= 1024 * 1024 ? (maxBytes / (1024 * 1024)) + " MB" : maxBytes + " bytes";
    }
}
