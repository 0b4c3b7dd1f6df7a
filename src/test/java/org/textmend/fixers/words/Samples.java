package org.textmend.fixers.words;

/** Paragraphs written for these tests: invented news in plain English, with names and numbers. */
public final class Samples {

  private Samples() {}

  public static final String HARBOUR =
      "The harbour authority in Port Amberley said on Tuesday that repairs to the eastern sea"
          + " wall would begin in the spring and take about eighteen months to complete. Engineers"
          + " found that storms over the past two winters had washed away much of the rubble that"
          + " protects the base of the wall, leaving gaps large enough for a small boat to pass"
          + " through at low tide.";

  public static final String COUNCIL =
      "Councillor Maren Okafor, who chairs the transport committee, told reporters that the"
          + " cost of the work had risen from £4.2m to almost £6m because of the price of steel"
          + " and concrete. \"We cannot wait another winter,\" she said. \"If the wall fails, the"
          + " fishing fleet loses its only safe mooring and the old town floods within hours.\"";

  public static final String FISHERS =
      "Local fishermen welcomed the decision but warned that the harbour would have to close"
          + " for several weeks while divers inspected the foundations. Their association has"
          + " asked the council to pay compensation to crews who cannot land their catch during"
          + " that time, and to publish a timetable so that boats can plan their trips around the"
          + " closures.";

  public static final String SCHOOL =
      "Pupils at Westbrook primary school have planted more than three hundred trees along the"
          + " river path as part of a project to reduce flooding in the valley. The head teacher,"
          + " Daniel Achterberg, said the children had chosen willow and alder because both grow"
          + " quickly in wet ground and hold the soil together when the river rises after heavy"
          + " rain.";
}
