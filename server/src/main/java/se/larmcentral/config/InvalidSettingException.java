package se.larmcentral.config;

/** A configuration value that cannot be used; start-up stops with the setting's name and the reason. */
public final class InvalidSettingException extends RuntimeException {

    public InvalidSettingException(String setting, String reason) {
        super("setting '" + setting + "': " + reason);
    }
}
