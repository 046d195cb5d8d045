package org.neascn.framework.interchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most a given number of bytes from an upload and refuses the file, rather than
 * truncating it, when it is longer. Whatever parses the stream then never sees more.
 */
public final class BoundedInputStream extends FilterInputStream {

    private final long max;
    private final String limitInWords;
    private long count;

    public BoundedInputStream(InputStream in, InputLimits limits) {
        super(in);
        this.max = limits.maxBytes();
        this.limitInWords = limits.describeMaxBytes();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        count += n;
        if (count > max) {
            throw ImportRejectedException.ofFile(ImportRejectedException.Reason.TOO_LARGE,
                    "the file is larger than the limit of " + limitInWords);
        }
    }
}
