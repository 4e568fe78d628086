package org.generativa.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest (absent when run from classes). */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Generativa " + (version == null ? "development build" : version)};
    }
}
