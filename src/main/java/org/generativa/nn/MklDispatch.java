package org.generativa.nn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.CRC32;
import org.generativa.common.AppPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the MKL inside libtorch use its AVX2/AVX-512 kernels on processors that are not Intel's, where it
 * otherwise falls back to generic ones (about 2.4x slower matrix multiplies on an AVX-512 AMD EPYC). It
 * loads a helper library built from {@code src/main/native/mkl_dispatch.c}, which must happen before
 * libtorch loads. Linux x86-64 only; {@code -Dgenerativa.mkl.dispatch=off} leaves MKL as it is.
 */
public final class MklDispatch {

    /** What {@link #enable()} found. */
    public enum State {
        /** The helper is loaded: MKL picks kernels by instruction set. */
        ACTIVE,
        /** An Intel processor: MKL already uses its fast kernels. */
        NOT_NEEDED,
        /** Turned off with {@value #PROPERTY}=off. */
        OFF,
        /** Not Linux x86-64, or the build had no C compiler to make the helper. */
        UNAVAILABLE,
        /** The helper could not be written or loaded (see the log). */
        FAILED
    }

    public static final String PROPERTY = "generativa.mkl.dispatch";
    static final String RESOURCE = "/native/linux-x86_64/libgenerativa-mkl-dispatch.so";
    private static final Logger LOG = LoggerFactory.getLogger(MklDispatch.class);
    private static State state;

    private MklDispatch() {}

    /** Loads the helper once, before the first engine load; later calls return the first answer. */
    public static synchronized State enable() {
        if (state == null) {
            state = load();
            LOG.info("MKL kernel dispatch: {}", state.name().toLowerCase(Locale.ROOT));
        }
        return state;
    }

    private static State load() {
        State decided = decide(System.getProperty(PROPERTY, ""), System.getProperty("os.name", ""),
                System.getProperty("os.arch", ""), cpuVendor(), MklDispatch.class.getResource(RESOURCE) != null);
        if (decided != State.ACTIVE) {
            return decided;
        }
        try (InputStream in = MklDispatch.class.getResourceAsStream(RESOURCE)) {
            System.load(extract(in.readAllBytes()).toString());
            return State.ACTIVE;
        } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
            LOG.warn("MKL dispatch helper not loaded; matrix multiplies use MKL's generic kernels", e);
            return State.FAILED;
        }
    }

    /** Whether the helper should be loaded ({@link State#ACTIVE}) and, if not, why. */
    static State decide(String property, String os, String arch, String vendor, boolean bundled) {
        if ("off".equalsIgnoreCase(property)) {
            return State.OFF;
        }
        if (!os.startsWith("Linux") || !(arch.equals("amd64") || arch.equals("x86_64")) || !bundled) {
            return State.UNAVAILABLE;
        }
        return "GenuineIntel".equals(vendor) ? State.NOT_NEEDED : State.ACTIVE;
    }

    /** The processor's vendor string from /proc/cpuinfo, or "" when it cannot be read. */
    static String cpuVendor() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("vendor_id"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Writes the library under the app's home once per content (named by its checksum) and returns its path. */
    private static Path extract(byte[] library) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(library);
        Path dir = AppPaths.home().resolve("native");
        Path target = dir.resolve(String.format("libgenerativa-mkl-dispatch-%08x.so", crc.getValue()));
        if (!Files.isRegularFile(target) || Files.size(target) != library.length) {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "mkl-dispatch", ".tmp");
            Files.write(temp, library);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }
}
