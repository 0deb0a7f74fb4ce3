package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;
import io.hanport.codec.dlms.CosemDateTime;
import io.hanport.codec.dlms.DataNotification;
import io.hanport.codec.dlms.NotificationMapper;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.Telegram;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns a data-notification into a {@link Telegram} with the first {@link MeterProfile} that fits
 * its list: protocol {@code dlms}, objects with OBIS codes, numbers scaled with units, ids as text,
 * the clock in ISO-8601, and the notification's own date-time as {@code notificationTime}.
 *
 * <p>The layout is read off the list's shape first (IDIS push object list, OBIS-tagged values, or
 * bare values); then the profiles of that layout are tried in order. A list no profile fits still
 * yields what can be read, with a warning naming it, and never a guessed meaning.
 *
 * <p>Keeps the OBIS codes it has seen and the layouts of the last tagged lists ({@link
 * ListTemplate}), so it is not thread-safe: one per decoder, as {@code DlmsDecoder} is.
 */
public final class ProfileMapper implements NotificationMapper {

  /** List 1, 2 and 3 of one meter, and room for one more, alternate on a line. */
  private static final int TEMPLATES = 4;

  private final List<MeterProfile> profiles;
  private final ObisCodes codes = new ObisCodes();
  private final List<ListTemplate> templates = new ArrayList<>(TEMPLATES);

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
    List<String> said = new ArrayList<>(0);
    Consumer<String> once =
        message -> {
          if (!said.contains(message)) {
            said.add(message);
          }
        };
    TemplateRecorder recorder = new TemplateRecorder(notification.offset());
    List<CosemObject> objects = objects(notification.body(), manufacturer, recorder, once);
    said.forEach(warnings);
    if (recorder.isTagged()) {
      remember(notification, recorder, manufacturer, said);
    }
    return Telegram.dlms(objects, notification.dateTime().flatMap(CosemDateTime::toIso));
  }

  @Override
  public Optional<Telegram> mapRepeated(
      byte[] apdu,
      int offset,
      int limit,
      Optional<String> manufacturer,
      Consumer<String> warnings) {
    for (ListTemplate template : templates) {
      if (template.matches(apdu, offset, limit, manufacturer)) {
        template.warnings().forEach(warnings);
        return Optional.of(template.map(apdu, offset));
      }
    }
    return Optional.empty();
  }

  /** Keeps the layout of a tagged list: the invoke id and the date-time change every push. */
  private void remember(
      DataNotification notification,
      TemplateRecorder recorder,
      Optional<String> manufacturer,
      List<String> warnings) {
    recorder.variable(1, 5);
    int dateTimeAt = -1;
    if (notification.dateTime().isPresent()) {
      dateTimeAt = notification.dateTimeOffset();
      recorder.variable(dateTimeAt, dateTimeAt + CosemDateTime.LENGTH);
    }
    if (templates.size() == TEMPLATES) {
      templates.remove(0);
    }
    templates.add(
        new ListTemplate(
            notification.body().source(),
            notification.offset(),
            notification.limit(),
            dateTimeAt,
            recorder.steps,
            recorder.variable,
            manufacturer,
            warnings));
  }

  private List<CosemObject> objects(
      AxdrTree tree,
      Optional<String> manufacturer,
      TemplateRecorder recorder,
      Consumer<String> warnings) {
    if (PushLists.isPushList(tree)) {
      for (MeterProfile profile : profiles) {
        if (profile.layout() instanceof MeterProfile.PushObjectList) {
          ScaleTable scales = ((MeterProfile.PushObjectList) profile.layout()).scales();
          return PushLists.map(tree, scales, codes, warnings);
        }
      }
    }
    Entries entries = ListEntries.read(tree);
    ListIdentity identity = ListIdentity.of(entries, manufacturer);
    if (entries.anyTagged()) {
      MeterProfile profile = tagged(identity);
      ScaleTable scales = ((MeterProfile.Tagged) profile.layout()).scales();
      recorder.markTagged();
      return TaggedLists.map(profile, scales, entries, identity, codes, recorder, warnings);
    }
    for (MeterProfile profile : profiles) {
      if (profile.layout() instanceof MeterProfile.Positional
          && profile.identity().matches(identity.listId(), identity.manufacturer())) {
        List<Position> positions = ((MeterProfile.Positional) profile.layout()).positions();
        if (PositionalLists.fits(positions, tree)) {
          return PositionalLists.map(positions, tree, identity, warnings);
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
