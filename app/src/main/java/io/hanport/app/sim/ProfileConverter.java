package io.hanport.app.sim;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --profile NAME}: an unknown name is a usage error that lists the valid ones. */
final class ProfileConverter implements ITypeConverter<Profile> {

  @Override
  public Profile convert(String value) {
    return Profile.byId(value).orElseThrow(() -> new TypeConversionException(
        "unknown profile '" + value + "'; valid profiles: " + Profile.ids()));
  }
}
