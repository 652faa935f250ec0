/**
 * Secret detection on text: a catalogue of RE2J rules with keyword prefilters, a scanner returning
 * masked matches with exact offsets, global allow rules and skip lists, and secret file names. Pure:
 * callers read files (skipping binaries and files over {@link dev.lashing.secrets.SecretScanner#MAX_FILE_BYTES})
 * and feed the text.
 */
package dev.lashing.secrets;
