package io.hanport.codec.profile;

import io.hanport.codec.dlms.CosemDateTime;
import io.hanport.codec.dlms.DataNotification;
import io.hanport.codec.dlms.DlmsData;
import io.hanport.codec.dlms.NotificationMapper;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.Telegram;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a data-notification into a {@link Telegram} with the first {@link MeterProfile} that fits
 * its list: protocol {@code dlms}, objects with OBIS codes, numbers scaled with units, ids as text,
 * the clock in ISO-8601, and the notification's own date-time as {@code notificationTime}.
 *
 * <p>The layout is read off the list's shape first (IDIS push object list, OBIS-tagged values, or
 * bare values); then the profiles of that layout are tried in order. A list no profile fits still
 * yields what can be read, with a warning naming it, and never a guessed meaning.
 */
public final class ProfileMapper implements NotificationMapper {

  private final List<MeterProfile> profiles;

  public ProfileMapper() {
    this(MeterProfiles.ALL);
  }

  public ProfileMapper(List<MeterProfile> profiles) {
    this.profiles = List.copyOf(profiles);
  }

  @Override
  public Telegram map(
      DataNotification notification, Optional<String> manufacturer, Consumer<String> warnings) {
    // Each warning once per list, however many of its values it concerns.
    Set<String> said = new LinkedHashSet<>();
    List<CosemObject> objects = objects(notification.body(), manufacturer, said::add);
    said.forEach(warnings);
    return Telegram.dlms(objects, notification.dateTime().flatMap(CosemDateTime::toIso));
  }

  private List<CosemObject> objects(
      DlmsData body, Optional<String> manufacturer, Consumer<String> warnings) {
    List<DlmsData> elements = ListEntries.elements(body);
    Optional<List<PushLists.Descriptor>> descriptors = PushLists.descriptors(body);
    if (descriptors.isPresent()) {
      for (MeterProfile profile : profiles) {
        if (profile.layout() instanceof MeterProfile.PushObjectList) {
          ScaleTable scales = ((MeterProfile.PushObjectList) profile.layout()).scales();
          return PushLists.map(descriptors.get(), elements, scales, warnings);
        }
      }
    }
    List<Entry> entries = ListEntries.read(elements);
    ListIdentity identity = ListIdentity.of(entries, manufacturer);
    if (entries.stream().anyMatch(Entry::isTagged)) {
      MeterProfile profile = tagged(identity);
      ScaleTable scales = ((MeterProfile.Tagged) profile.layout()).scales();
      return TaggedLists.map(profile, scales, entries, identity, warnings);
    }
    for (MeterProfile profile : profiles) {
      if (profile.layout() instanceof MeterProfile.Positional
          && profile.identity().matches(identity.listId(), identity.manufacturer())) {
        List<Position> positions = ((MeterProfile.Positional) profile.layout()).positions();
        if (PositionalLists.fits(positions, elements)) {
          return PositionalLists.map(positions, elements, identity, warnings);
        }
      }
    }
    return PositionalLists.unknown(entries, identity, warnings);
  }

  private MeterProfile tagged(ListIdentity identity) {
    for (MeterProfile profile : profiles) {
      if (profile.layout() instanceof MeterProfile.Tagged
          && profile.identity().matches(identity.listId(), identity.manufacturer())) {
        return profile;
      }
    }
    return MeterProfiles.SELF_DESCRIBING;
  }
}
