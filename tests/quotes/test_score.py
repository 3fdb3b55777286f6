"""Each corpus split meets its own gate, scored alone; the scorer counts the way its docstring
says.

The tuning splits (read while changing the rules) are gated at their figures when the gate
was set: a rule change may not lower any of them. Each held-out split is gated by a floor
that the reviewer set from its first honest run, figures only, so that nobody tuning the rules
sees its mismatches.
"""

from __future__ import annotations

from typing import Any

import pytest

from herald_tui.model import Quote
from tests.quotes.scoring import (
    HELD_OUT,
    TUNING_SPLITS,
    Score,
    has_split,
    load,
    overlap,
    score,
    score_article,
    speaker_right,
)

GOALS = {"precision": 0.97, "recall": 0.95, "speaker_accuracy": 0.92, "end_to_end_f1": 0.90}
"""The goals, meant for the held-out splits: reported in the notes, NOT a gate."""

TUNING_FLOOR: dict[str, dict[str, float]] = {
    "dev": {"precision": 1.0, "recall": 0.992, "speaker_accuracy": 1.0, "end_to_end_f1": 0.996},
    "tuning2": {
        "precision": 1.0,
        "recall": 0.987,
        "speaker_accuracy": 1.0,
        "end_to_end_f1": 0.994,
    },
    "tuning3": {
        "precision": 1.0,
        "recall": 1.000,
        "speaker_accuracy": 0.992,
        "end_to_end_f1": 0.991,
    },
    "tuning4": {
        "precision": 1.0,
        "recall": 1.0,
        "speaker_accuracy": 1.0,
        "end_to_end_f1": 1.0,
    },
    "tuning5": {
        "precision": 1.0,
        "recall": 0.990,  # rounds 158 (0.981), 397 (0.987)
        "speaker_accuracy": 0.993,  # round 212 (0.990)
        "end_to_end_f1": 0.988,  # rounds 158 (0.981), 212 (0.984), 397 (0.987)
    },
    "tuning6": {
        "precision": 1.0,
        "recall": 1.000,  # rounds 153 (0.989), 207 (0.996)
        "speaker_accuracy": 0.996,  # rounds 157 (0.989), 356 (0.993)
        "end_to_end_f1": 0.996,  # rounds 153 (0.983), 157 (0.987), 207 (0.991), 356 (0.993)
    },
    "tuning7": {
        "precision": 1.0,
        "recall": 0.994,
        "speaker_accuracy": 0.994,
        "end_to_end_f1": 0.991,
    },
    "tuning8": {
        "precision": 1.0,
        "recall": 0.994,  # round 153 (0.988)
        "speaker_accuracy": 1.0,
        "end_to_end_f1": 0.997,  # round 153 (0.994)
    },
    "tuning9": {
        "precision": 1.0,
        "recall": 0.982,
        "speaker_accuracy": 0.970,
        "end_to_end_f1": 0.961,
    },
    "tuning10": {
        "precision": 1.000,  # round 150 (0.993)
        "recall": 0.987,  # rounds 150 (0.974), 199 (0.981)
        "speaker_accuracy": 0.993,
        "end_to_end_f1": 0.987,  # rounds 150 (0.977), 199 (0.984)
    },
    "tuning11": {
        "precision": 0.994,
        "recall": 0.983,
        "speaker_accuracy": 1.0,
        "end_to_end_f1": 0.988,
    },
    "tuning12": {
        "precision": 1.0,
        "recall": 0.994,
        "speaker_accuracy": 0.987,
        "end_to_end_f1": 0.984,
    },
    "tuning13": {
        "precision": 1.0,
        "recall": 0.995,
        "speaker_accuracy": 1.000,  # round 194 (0.995)
        "end_to_end_f1": 0.998,  # round 194 (0.993)
    },
    "tuning14": {
        "precision": 1.0,
        "recall": 0.991,  # round 158 (0.987)
        "speaker_accuracy": 0.973,  # round 356 (0.964)
        "end_to_end_f1": 0.968,  # rounds 158 (0.958), 356 (0.960)
    },
    "tuning16": {
        "precision": 1.0,
        "recall": 0.966,  # round 399 (0.958)
        "speaker_accuracy": 0.982,
        "end_to_end_f1": 0.965,  # round 399 (0.961)
    },
    "tuning15": {
        "precision": 1.0,
        "recall": 0.992,
        "speaker_accuracy": 0.966,  # rounds 175, 189, 191, 195 (0.932, 0.941, 0.949, 0.958)
        "end_to_end_f1": 0.962,  # rounds 175, 189, 191, 195 (0.929, 0.937, 0.945, 0.954)
    },
    "tuning17": {
        "precision": 1.0,
        "recall": 0.995,
        "speaker_accuracy": 0.966,  # round 214 (0.961)
        "end_to_end_f1": 0.963,  # round 214 (0.959)
    },
    "tuning18": {
        "precision": 1.0,
        "recall": 0.977,
        # rounds 175, ..., 195, 213, 214 (0.874, ..., 0.912, 0.916; 0.862, ..., 0.899, 0.903)
        "speaker_accuracy": 0.930,  # round 340 (0.925)
        "end_to_end_f1": 0.919,  # round 340 (0.915)
    },
    # blind5 and blind13 until round 15's follow-up read them, at their figures after it
    "tuning19": {
        "precision": 1.000,  # round 207 (0.994)
        "recall": 0.987,  # rounds 163 (0.958), 207 (0.964)
        "speaker_accuracy": 0.969,  # rounds 163 (0.962), 396 (0.963)
        "end_to_end_f1": 0.963,  # rounds 163 (0.939), 207 (0.942), 396 (0.957)
    },
    "tuning20": {
        "precision": 0.994,
        "recall": 0.988,
        # round 398 lowered both by one quotation: "the veteran lawmaker" after two titled
        # lawmakers, now both known as such, takes the newer mention (0.963, 0.955)
        "speaker_accuracy": 0.957,  # rounds 167 (0.945), 194 (0.951)
        "end_to_end_f1": 0.949,  # rounds 167 (0.928), 194 (0.934)
    },
    # blind18 until round 53 read it (0.857, 0.848 when it was handed over)
    "tuning21": {
        "precision": 0.996,  # round 207 (0.992)
        "recall": 0.996,  # round 207 (0.989)
        "speaker_accuracy": 0.957,  # rounds 176 (0.938), ..., 200 (0.950), 207 (0.953), 392 (0.954)
        "end_to_end_f1": 0.954,  # rounds 176 (0.929), ..., 200 (0.940), 207 (0.944), 392 (0.950)
    },
    # blind10 until round 54 read it (0.856, 0.843 when it was handed over)
    "tuning22": {
        "precision": 0.995,
        "recall": 0.995,  # round 158 (0.990)
        "speaker_accuracy": 0.958,  # rounds 176, ..., 191 (0.926, ..., 0.947), 202 (0.953)
        "end_to_end_f1": 0.953,  # rounds 158, ..., 191 (0.919, ..., 0.942), 202 (0.948)
    },
    # blind12 until round 55 read it, at its figures when it was handed over
    "tuning23": {
        "precision": 0.989,
        "recall": 0.980,  # round 199 (0.975)
        "speaker_accuracy": 0.959,  # rounds 161, 180, 187, 195 (0.934, 0.939, 0.949, 0.954)
        "end_to_end_f1": 0.945,  # rounds 161, ..., 195 (0.917, ..., 0.937), 199 (0.942)
    },
    # blind15 until round 56 read it, at its figures when it was handed over
    "tuning24": {
        "precision": 1.000,  # round 150 (0.996)
        "recall": 0.983,  # rounds 158 (0.976), 389 (0.979)
        # rounds 158, ..., 191 (0.929, ..., 0.942), 194 (0.955), 402 (0.962)
        "speaker_accuracy": 0.967,
        # end-to-end: rounds 158, ..., 191 (0.918, ..., 0.933), 194 (0.945), 389 (0.952)
        "end_to_end_f1": 0.959,  # round 402 (0.955)
    },
    # blind6 until round 57 read it (1.000, 0.970, 0.877, 0.864 when it was handed over)
    "tuning25": {
        "precision": 1.000,
        "recall": 0.976,
        "speaker_accuracy": 0.981,  # rounds 175 (0.951), 172 (0.970), 402 (0.975)
        "end_to_end_f1": 0.969,  # rounds 175 (0.940), 172 (0.958), 402 (0.963)
    },
    # blind14 until round 58 read it (0.981, 0.986, 0.880, 0.865 when it was handed over)
    "tuning26": {
        "precision": 0.995,
        "recall": 0.986,
        "speaker_accuracy": 0.962,  # round 187 (0.947)
        "end_to_end_f1": 0.952,  # round 187 (0.938)
    },
    # written in session 21 to be read for quoted terms (its first run: 8 terms given a speaker)
    "tuning27": {
        "precision": 0.990,  # round 182 (0.979)
        "recall": 1.000,
        "speaker_accuracy": 0.984,  # rounds 169 (0.963), 171 (0.974), 187 (0.979)
        "end_to_end_f1": 0.979,  # rounds 169 (0.953), 171 (0.963), 182 (0.969), 187 (0.974)
    },
    # tuning28 and tuning29: written in session 21 to be read as fresh text (their first runs)
    "tuning28": {
        "precision": 0.995,
        "recall": 1.000,
        "speaker_accuracy": 0.965,  # round 321 (0.960)
        "end_to_end_f1": 0.963,  # round 321 (0.958)
    },
    "tuning29": {
        "precision": 0.989,  # round 174 (0.984)
        "recall": 0.995,  # round 199 (0.984)
        "speaker_accuracy": 0.994,  # rounds 172 (0.973), 178 (0.978), 405 (0.984)
        # rounds 174 (0.957), 172 (0.960), 178 (0.965), 199 (0.971), 405 (0.976)
        "end_to_end_f1": 0.986,
    },
    # tuning30 and tuning31: written in session 21 after rounds 75 to 80 were merged (first runs)
    "tuning30": {
        "precision": 0.989,
        "recall": 1.000,
        "speaker_accuracy": 1.000,  # rounds 171 (0.967), 183 (0.973), 187 (0.978)
        "end_to_end_f1": 0.994,  # rounds 171 (0.959), 183 (0.965), 187 (0.970)
    },
    "tuning31": {
        "precision": 0.995,
        "recall": 0.989,  # round 387 (0.984)
        "speaker_accuracy": 0.989,  # rounds 172 (0.967), 187 (0.978), 188 (0.984)
        "end_to_end_f1": 0.981,  # rounds 172 (0.957), 187 (0.967), 188 (0.973), 387 (0.978)
    },
    # tuning32 and tuning33: written in session 21 after rounds 75 to 82 were merged (first runs)
    "tuning32": {
        "precision": 0.994,  # rounds 155 (0.983), 182 (0.989)
        "recall": 1.000,
        # speaker: rounds 178 (0.942), 184 (0.948), 187 (0.960), 212 (0.965), 355 (0.971)
        "speaker_accuracy": 0.976,
        # end to end: rounds 155 (0.934), 178, 184, 182 (0.954), 187, 212 (0.963), 355 (0.968)
        "end_to_end_f1": 0.974,
    },
    "tuning33": {
        "precision": 0.988,
        "recall": 0.988,
        # round 242 lowered both by one comment its labels leave with no speaker (0.971, 0.960)
        "speaker_accuracy": 0.976,  # rounds 171 (0.959), 185 (0.965)
        "end_to_end_f1": 0.965,  # rounds 171 (0.948), 185 (0.954)
    },
    # tuning34 to tuning36: written in session 22 before round 84 (first runs on c43f6d3;
    # tuning36 rich in quoted terms)
    "tuning34": {
        "precision": 0.989,  # round 182 (0.983)
        "recall": 0.989,
        "speaker_accuracy": 0.983,  # rounds 176 (0.966), 178 (0.971), 189 (0.977)
        "end_to_end_f1": 0.972,  # rounds 176 (0.952), 178 (0.958), 182 (0.963), 189 (0.966)
    },
    "tuning35": {
        "precision": 0.988,
        "recall": 1.000,
        "speaker_accuracy": 0.988,  # rounds 178, 213 (0.977, 0.982)
        "end_to_end_f1": 0.982,  # rounds 178, 213 (0.971, 0.977)
    },
    "tuning36": {
        "precision": 0.959,
        "recall": 0.994,
        "speaker_accuracy": 0.984,  # rounds 171 (0.968), 177 (0.973)
        "end_to_end_f1": 0.960,  # rounds 171 (0.942), 177 (0.947)
    },
    # tuning37 and tuning38: written in session 22 after round 91 (first runs on 5f1a6e4)
    "tuning37": {
        "precision": 0.995,  # round 182 (0.990)
        "recall": 0.995,
        "speaker_accuracy": 0.990,  # rounds 158 (0.964), 170 (0.974), 179 (0.979), 189 (0.985)
        "end_to_end_f1": 0.985,  # rounds 158 (0.957), 170 (0.967), 179 (0.972), 182, 189 (0.979)
    },
    "tuning38": {
        "precision": 0.984,  # round 155 (0.979)
        "recall": 0.984,  # round 199 (0.973)
        "speaker_accuracy": 0.972,  # rounds 176 (0.940), ..., 188 (0.956), 199 (0.967)
        "end_to_end_f1": 0.957,  # rounds 155 (0.917), ..., 187, 188 (0.936), 199 (0.947)
    },
    # tuning39 (several speakers per story, pronouns) and tuning40: written in session 23,
    # first run on d7720bd and on round 96, before anyone read them
    "tuning39": {
        "precision": 0.979,
        "recall": 0.963,
        "speaker_accuracy": 0.989,  # rounds 177 (0.967), 178 (0.973), 222 (0.978), 405 (0.984)
        "end_to_end_f1": 0.960,  # rounds 177 (0.939), 178 (0.945), 222 (0.950), 405 (0.955)
    },
    "tuning40": {
        "precision": 0.989,  # rounds 155 (0.978), 207 (0.983)
        "recall": 0.984,  # round 207 (0.973)
        "speaker_accuracy": 1.000,  # rounds 175 (0.977), 180 (0.989), 185 (0.994)
        "end_to_end_f1": 0.986,  # rounds 175 (0.956), ..., 185 (0.972), 207 (0.978)
    },
    # tuning41: written in session 24, first run on 44403c5 and after round 118, before
    # anyone read it
    "tuning41": {
        "precision": 0.990,  # rounds 155 (0.979), 207 (0.984)
        "recall": 0.995,  # round 207 (0.984)
        "speaker_accuracy": 0.995,  # rounds 157 (0.974), 169 (0.979), 180 (0.984), 181 (0.989)
        "end_to_end_f1": 0.987,  # rounds 155-181 (0.956, ..., 0.974), 207 (0.979)
    },
    # tuning42: written in session 24, first run on 44403c5 and after round 123, before
    # anyone read it (the same figures both times)
    "tuning42": {
        "precision": 0.978,  # round 150 (0.972)
        "recall": 0.983,  # rounds 140 (0.950), 150 (0.956), 199 (0.978)
        # rounds 128, 133 (0.907), 140 (0.924), 150 (0.942), 171 (0.944), 177 (0.949), 180 (0.960)
        "speaker_accuracy": 0.972,  # round 198 (0.966)
        # rounds 127-133 (0.867), 140 (0.888), 150 (0.908), 171 (0.923), 177 (0.928), 180 (0.939)
        "end_to_end_f1": 0.953,  # rounds 198 (0.945), 199 (0.950)
    },
    # tuning43: written at session 24's end; 161/191 on 44403c5, 162/191 on the session's
    # last rules, before anyone read it; 186/197 after round 129 read it
    "tuning43": {
        "precision": 1.000,
        "recall": 0.995,
        "speaker_accuracy": 0.970,  # rounds 152 (0.944), 169 (0.949)
        "end_to_end_f1": 0.967,  # rounds 152 (0.942), 169 (0.947)
    },
    # tuning44: written in session 25 after rounds 127 and 129; 151/170 on 55552ce, 153/170
    # on those rules, before anyone read it; 162/170 after round 130 read it
    "tuning44": {
        "precision": 0.983,  # round 150 (0.966)
        "recall": 0.994,  # round 153 (0.989)
        "speaker_accuracy": 0.989,  # rounds 150 (0.959), 169 (0.960), 171 (0.971), 180 (0.983)
        "end_to_end_f1": 0.977,  # rounds 153 (0.944), 169 (0.949), 171 (0.960), 180 (0.972)
    },
    # tuning45: written in session 25 after rounds 127 to 130; 166/176 on 55552ce, 167/176
    # on those rules and after round 133, before anyone read it; 171/176 after round 134
    # (round 147: 0.972 -> 0.977 speaker)
    "tuning45": {
        "precision": 0.994,  # rounds 155 (0.983), 182 (0.989)
        "recall": 1.000,  # round 201 (0.994)
        "speaker_accuracy": 1.000,  # rounds 160 (0.983), 171 (0.989), 188 (0.994)
        "end_to_end_f1": 0.997,  # rounds 160 (0.975), 171, 182 (0.986), 188 (0.989), 201 (0.994)
    },
    # tuning46: written at session 25's end (two or more people named close together);
    # 171/193 on 55552ce and the same on the session's last rules, before anyone read it;
    # read in session 26 (rounds 137 to 141; 177/193 after round 138 alone, 180/194 after
    # round 139 alone; round 142 alone 0.933 -> 0.959 speaker)
    "tuning46": {
        "precision": 0.995,  # round 186 (0.990)
        "recall": 0.995,
        "speaker_accuracy": 1.000,  # round 183 (0.995)
        "end_to_end_f1": 0.995,  # round 183 (0.987)
    },
    # tuning47: written in session 26 after rounds 137 to 141 (speakers referred to by
    # descriptions); 156/192 on f46b37b and the same on those rules, before anyone read it
    # (round 143: 165/192, round 144: 164/192, each alone; round 147 alone: 0.892 -> 0.923
    # speaker)
    "tuning47": {
        "precision": 0.990,  # round 207 (0.985)
        "recall": 0.990,  # round 207 (0.985)
        "speaker_accuracy": 0.979,  # rounds 183 (0.954), 212 (0.964), 219 (0.969)
        "end_to_end_f1": 0.969,  # round 183 (0.939), rounds 207, 212 (0.949, 0.954), 219 (0.959)
    },
    # tuning48: written in session 26 after rounds 137 to 145 and 148 (representative wire
    # copy); 171/194 on f46b37b and the same on those rules, before anyone read it (round
    # 154: 176/194)
    "tuning48": {
        "precision": 0.995,
        "recall": 0.995,
        "speaker_accuracy": 0.990,  # round 160 (0.955), 169 (0.960), 180 (0.975), 183 (0.985)
        "end_to_end_f1": 0.985,  # round 160 (0.950), 169 (0.955), 180 (0.970), 183 (0.980)
    },
    # tuning49: written in session 27 (terms versus partial quotations); 179/194 on 69c0298d
    # and the same after round 151, before anyone read it; raised by round 156
    "tuning49": {
        "precision": 0.990,  # round 159 (0.971)
        "recall": 0.995,  # round 158 (0.965)
        "speaker_accuracy": 0.995,  # rounds 159 and 160 (0.955), 169 (0.980)
        "end_to_end_f1": 0.988,  # rounds 159 and 160 (0.939), 169 (0.973)
    },
    # tuning50: written in session 28 (who said it when several could have); 173/200 on
    # 6f6598dd, before anyone read it
    "tuning50": {
        "precision": 0.995,  # rounds 163 (0.985), 182 (0.990)
        "recall": 1.000,  # rounds 163 and 165 (0.985)
        "speaker_accuracy": 0.995,  # rounds 161 to 165 and 168 (0.865), 215 (0.980)
        "end_to_end_f1": 0.992,  # rounds 161 to 165 and 168 (0.852), 182 (0.975), 215 (0.978)
    },
    # tuning51: written in session 28 (representative wire copy, no theme); 173/190 on
    # 6f6598dd and 174/190 on 14f1e161 (after rounds 159, 160 and 162), before anyone read it
    "tuning51": {
        "precision": 0.995,  # round 167 (0.979)
        "recall": 0.990,  # round 167 (0.979)
        "speaker_accuracy": 0.990,  # rounds 166 and 167 (0.915)
        "end_to_end_f1": 0.982,  # rounds 166 and 167 (0.896)
    },
    # tuning52 and tuning53: written in session 29 (representative wire copy, no theme),
    # scored on ac790959 before anyone read them
    "tuning52": {
        "precision": 0.990,  # round 174 (0.989)
        "recall": 0.970,  # round 174 (0.950)
        "speaker_accuracy": 0.989,  # rounds 174, 172, 183, 184, 213 (0.894, ..., 0.974, 0.979)
        "end_to_end_f1": 0.969,  # rounds 174, 172, 183, 184, 213 (0.867, ..., 0.955, 0.960)
    },
    "tuning53": {
        "precision": 0.990,  # round 174 (0.975)
        "recall": 1.000,  # round 174 (0.995)
        "speaker_accuracy": 0.985,  # rounds 169 (0.894), 173 (0.915), 184 (0.970), 402 (0.980)
        # rounds 169 (0.881), 174 (0.901), 173 (0.910), 184 (0.965), 402 (0.975)
        "end_to_end_f1": 0.980,
    },
    # tuning54 and tuning55: written in session 30 (representative wire copy, no theme),
    # scored on 80f1b8ae before anyone read them
    "tuning54": {
        "precision": 1.000,  # rounds 186 (0.989), 206 (0.995)
        "recall": 1.000,  # rounds 186 (0.984), 191 (0.989), 207 (0.995)
        "speaker_accuracy": 0.989,  # rounds 185 (0.908), ..., 207 (0.978), 214 (0.979), 397 (0.984)
        "end_to_end_f1": 0.989,  # rounds 185 (0.895), ..., 207 (0.976), 214 (0.979), 397 (0.984)
    },
    "tuning55": {
        "precision": 1.000,
        "recall": 0.990,  # round 186 (0.985)
        "speaker_accuracy": 0.969,  # rounds 184 (0.898), ..., 212 (0.949), 215 (0.954)
        "end_to_end_f1": 0.964,  # rounds 184 (0.892), ..., 212 (0.945), 215 (0.949)
    },
    # tuning56 and tuning57: written in session 31 (representative wire copy, no theme),
    # scored on 3bd70152 before anyone read them
    "tuning56": {
        "precision": 0.985,
        "recall": 0.980,  # round 199 (0.974)
        "speaker_accuracy": 0.953,  # rounds 197 (0.885), ..., 202 (0.938), 212 (0.943), 328 (0.948)
        "end_to_end_f1": 0.936,  # rounds 197 (0.867), ..., 202 (0.921), 212 (0.926), 328 (0.931)
    },
    "tuning57": {
        "precision": 1.000,  # round 203 (0.995)
        "recall": 1.000,  # rounds 199 (0.974), 203 (0.995)
        "speaker_accuracy": 0.974,  # rounds 197 (0.899), ..., 199 (0.958), 200 (0.959)
        "end_to_end_f1": 0.974,  # rounds 197 (0.885), ..., 200 (0.954), 203 (0.969)
    },
    # tuning58 and tuning59: written in session 32 (representative wire copy, no theme),
    # scored on e7a1b9fd before anyone read them
    "tuning58": {
        "precision": 1.000,  # round 206 (0.994)
        "recall": 0.990,  # round 204 (0.965)
        "speaker_accuracy": 0.975,  # rounds 204 (0.953), 205 (0.960), 208 (0.965)
        "end_to_end_f1": 0.970,  # rounds 204 (0.934), ..., 206 (0.957), 208 (0.960)
    },
    "tuning59": {
        "precision": 0.985,  # round 207 (0.984)
        "recall": 0.989,  # rounds 204 (0.964), 207 (0.980)
        "speaker_accuracy": 0.984,  # rounds 204 (0.895), ..., 218 (0.954), 220 (0.959), 401 (0.964)
        "end_to_end_f1": 0.972,  # rounds 204 (0.873), ..., 218 (0.940), 220 (0.944), 401 (0.952)
    },
    # tuning60 and tuning61: written in session 33 (representative wire copy, no theme),
    # scored on 10848d99 before anyone read them; the rounds of session 33 never read them
    # (their merge check)
    "tuning60": {
        "precision": 1.000,
        "recall": 0.979,  # round 360 (0.974)
        "speaker_accuracy": 0.989,  # round 380 (0.979)
        "end_to_end_f1": 0.979,  # rounds 360 (0.966), 380 (0.969)
    },
    "tuning61": {
        "precision": 0.994,  # round 388 (0.989)
        "recall": 0.994,  # round 388 (0.989)
        # speaker: rounds 215 (0.912), 218 (0.928), 219 (0.934), 366 (0.950), 396 (0.956)
        "speaker_accuracy": 0.961,
        # end-to-end: rounds 215 (0.902), 218 (0.918), 219 (0.924), 366 (0.940), 388 (0.948)
        "end_to_end_f1": 0.956,  # round 396 (0.951)
    },
    # tuning62 and tuning63: written in session 34, scored on ac7b742e before anyone read
    # them; the rounds of session 34 never read them (their merge check)
    "tuning62": {
        "precision": 0.994,
        "recall": 0.989,  # rounds 360 (0.978), 388 (0.984)
        # speaker: rounds 218 (0.918), 220 (0.929), 345 (0.940), 372 (0.945), 378 (0.951)
        "speaker_accuracy": 0.962,
        # end to end: rounds 218 to 345 (0.900 to 0.927), 360 (0.932), 372 (0.935), 378 (0.941)
        "end_to_end_f1": 0.954,  # round 388 (0.951)
    },
    "tuning63": {
        "precision": 0.994,
        "recall": 0.978,
        "speaker_accuracy": 0.950,  # round 219 (0.927)
        "end_to_end_f1": 0.937,  # round 219 (0.910)
    },
    # tuning64 and tuning65: written in session 34, scored on ff436356 (after round 215)
    # before anyone read them; the later rounds of session 34 never read them (their merge check)
    "tuning64": {
        "precision": 0.983,
        "recall": 0.978,
        "speaker_accuracy": 0.938,  # round 222 (0.904)
        "end_to_end_f1": 0.920,  # round 222 (0.887)
    },
    "tuning65": {
        "precision": 0.962,
        "recall": 0.972,
        "speaker_accuracy": 0.961,  # rounds 220 (0.944), 222 (0.955)
        "end_to_end_f1": 0.930,  # rounds 220 (0.913), 222 (0.924)
    },
    # tuning66 and tuning67: written in session 34, scored on 701a3840 (after rounds 215-219)
    # before anyone read them; rounds 220 and 221 never read them (their merge check)
    "tuning66": {
        "precision": 0.994,
        "recall": 0.972,
        "speaker_accuracy": 0.971,
        "end_to_end_f1": 0.955,
    },
    "tuning67": {
        "precision": 0.985,
        "recall": 0.970,  # round 375 (0.965)
        "speaker_accuracy": 0.949,  # rounds 351 (0.934), 375 (0.939), 382 (0.944)
        "end_to_end_f1": 0.928,  # rounds 351 (0.911), 375 (0.916), 382 (0.923)
    },
    # tuning68 and tuning69: written in session 35, scored on e4b80c9f before anyone read
    # them; rounds 224 to 226 never read them (their merge check)
    "tuning68": {
        "precision": 0.983,
        "recall": 0.988,  # rounds 360 (0.977), 388 (0.983)
        "speaker_accuracy": 0.943,  # rounds 341 (0.931), 360 (0.937)
        "end_to_end_f1": 0.930,  # rounds 341 (0.913), 360 (0.919), 388 (0.927)
    },
    "tuning69": {
        "precision": 0.983,
        "recall": 0.983,
        "speaker_accuracy": 0.956,  # round 331 (0.950)
        "end_to_end_f1": 0.941,  # round 331 (0.935)
    },
    # tuning70 and tuning71: written in session 35, scored on c884a531 (after rounds 224 and
    # 226) before anyone read them; rounds 225 and 227 to 229 never read them (their merge check)
    "tuning70": {
        "precision": 0.988,  # round 364 (0.983)
        "recall": 0.988,
        "speaker_accuracy": 0.966,  # round 364 (0.955)
        "end_to_end_f1": 0.955,  # round 364 (0.942)
    },
    "tuning71": {
        "precision": 0.983,
        "recall": 0.983,  # round 387 (0.978)
        "speaker_accuracy": 0.944,  # round 387 (0.943)
        "end_to_end_f1": 0.928,  # round 387 (0.925)
    },
    # tuning72 and tuning73: written in session 35, scored on 32dc67a5 (after round 228)
    # before anyone read them; rounds 230 to 233 never read them (their merge check)
    "tuning72": {
        "precision": 0.972,  # round 408 (0.967)
        "recall": 0.977,
        "speaker_accuracy": 0.960,  # round 400 (0.954)
        "end_to_end_f1": 0.936,  # rounds 400 (0.928), 408 (0.934)
    },
    "tuning73": {
        # round 244 lowered both by one span: the second sentence of a quotation that lost
        # its opening mark, found alone with the right speaker (0.967, 0.937)
        "precision": 0.962,
        "recall": 0.989,
        "speaker_accuracy": 0.966,  # round 348 (0.961)
        "end_to_end_f1": 0.943,  # round 348 (0.937)
    },
    # tuning74 and tuning75: written in session 35, scored on 36630767 (after round 232)
    # before anyone read them; rounds 234 and 235 never read them (their merge check)
    "tuning74": {
        "precision": 0.989,
        "recall": 0.994,
        "speaker_accuracy": 0.962,  # round 360 (0.956)
        "end_to_end_f1": 0.954,  # round 360 (0.949)
    },
    "tuning75": {
        "precision": 0.985,
        "recall": 0.985,
        "speaker_accuracy": 0.946,
        "end_to_end_f1": 0.932,
    },
    # tuning76 and tuning77: written in session 35, scored on d3d0548d (after round 235)
    # before anyone read them; round 236 never read them (their merge check)
    "tuning76": {
        "precision": 0.983,
        "recall": 0.978,
        "speaker_accuracy": 0.966,
        "end_to_end_f1": 0.948,
    },
    "tuning77": {
        "precision": 0.983,
        "recall": 0.988,
        "speaker_accuracy": 0.966,  # rounds 348 (0.949), 360 (0.955), 402 (0.960)
        "end_to_end_f1": 0.953,  # rounds 348 (0.936), 360 (0.942), 402 (0.947)
    },
    # tuning78 and tuning79: written in session 35, scored on c6c07332 (after round 236)
    # before anyone read them; round 237 never read them (their merge check)
    "tuning78": {
        "precision": 0.989,
        "recall": 0.983,  # round 388 (0.978)
        "speaker_accuracy": 0.983,  # round 375 (0.972)
        "end_to_end_f1": 0.970,  # rounds 375 (0.956), 388 (0.967)
    },
    "tuning79": {
        "precision": 0.969,
        "recall": 0.964,
        "speaker_accuracy": 0.957,
        "end_to_end_f1": 0.926,
    },
    # tuning80 and tuning81: written in session 35, scored on 2addd176 (after round 237)
    # before anyone read them; rounds 238 and 239 never read them (their merge check)
    "tuning80": {
        "precision": 0.994,  # round 373 (0.989)
        "recall": 0.989,
        "speaker_accuracy": 0.968,
        "end_to_end_f1": 0.961,  # round 373 (0.958)
    },
    "tuning81": {
        "precision": 0.985,
        "recall": 0.980,  # round 387 (0.975)
        "speaker_accuracy": 0.965,  # round 343 (0.960)
        "end_to_end_f1": 0.948,  # rounds 343 (0.941), 387 (0.946)
    },
    # tuning82 to tuning85: written in session 36, scored on 1971b298 before anyone read
    # them; rounds 240 to 242 never read them, round 243 never read tuning84 or tuning85
    "tuning82": {
        "precision": 1.000,  # round 373 (0.994)
        "recall": 0.994,
        "speaker_accuracy": 0.962,
        "end_to_end_f1": 0.960,  # round 373 (0.957)
    },
    "tuning83": {
        "precision": 0.994,
        "recall": 0.989,  # round 388 (0.984)
        "speaker_accuracy": 0.963,  # round 390 (0.952)
        "end_to_end_f1": 0.955,  # rounds 388 (0.942), 390 (0.945)
    },
    "tuning84": {
        "precision": 0.994,  # round 399 (0.989)
        "recall": 0.975,
        "speaker_accuracy": 0.969,  # rounds 341 (0.948), 395 (0.958), 399 (0.964)
        "end_to_end_f1": 0.954,  # rounds 341 (0.931), 395 (0.944), 399 (0.949)
    },
    "tuning85": {
        "precision": 0.979,
        "recall": 0.989,
        "speaker_accuracy": 0.963,
        "end_to_end_f1": 0.948,
    },
    # tuning86 and tuning87: written at session 36's end, scored on 1d75d6e0 (its last
    # rules) before anyone read them; no round read them
    "tuning86": {
        "precision": 0.985,
        "recall": 0.975,
        "speaker_accuracy": 0.979,  # round 339 (0.974)
        "end_to_end_f1": 0.960,  # round 339 (0.955)
    },
    "tuning87": {
        "precision": 0.990,
        "recall": 1.000,  # round 388 (0.994)
        "speaker_accuracy": 0.975,  # round 321 (0.969)
        "end_to_end_f1": 0.970,  # rounds 321 (0.962), 388 (0.967)
    },
    # tuning88 and tuning89: written in session 36, scored on ba08be68 (the rules of
    # 1d75d6e0) before anyone read them; round 246 never read them (their merge check)
    "tuning88": {
        "precision": 0.978,
        "recall": 0.967,
        "speaker_accuracy": 0.943,  # rounds 340 (0.926), 363 (0.932), 366 (0.938)
        "end_to_end_f1": 0.918,  # rounds 340 (0.901), 363 (0.907), 366 (0.912)
    },
    "tuning89": {
        "precision": 0.994,
        "recall": 0.994,
        "speaker_accuracy": 0.983,  # round 375 (0.967)
        "end_to_end_f1": 0.978,  # round 375 (0.962)
    },
    # tuning90 and tuning91: written in session 37, scored on 243a0f89 before anyone read
    # them; rounds 247 to 257 never read them (their merge check)
    "tuning90": {
        "precision": 0.994,
        "recall": 0.983,
        "speaker_accuracy": 0.950,  # rounds 328 (0.939), 332 (0.945)
        "end_to_end_f1": 0.940,  # rounds 328 (0.928), 332 (0.934)
    },
    "tuning91": {
        "precision": 0.974,
        "recall": 0.994,
        "speaker_accuracy": 0.973,  # round 376 (0.962)
        "end_to_end_f1": 0.960,  # round 376 (0.947)
    },
    # tuning92 and tuning93: written in session 37, scored on 18cacfc2 before anyone read
    # them; candidate rounds 256, 259 and 260 never read them (their merge check)
    "tuning92": {
        "precision": 0.979,
        "recall": 0.989,
        "speaker_accuracy": 0.953,
        "end_to_end_f1": 0.938,
    },
    "tuning93": {
        "precision": 0.989,
        "recall": 0.979,
        "speaker_accuracy": 0.978,  # rounds 354 (0.962), 390 (0.968)
        "end_to_end_f1": 0.963,  # rounds 354 (0.947), 390 (0.953)
    },
    # tuning94 and tuning95: written in session 37, scored on 03cb9656 before anyone read
    # them; rounds 260 to 262 never read them (their merge check)
    "tuning94": {
        "precision": 0.972,  # round 389 (0.967)
        "recall": 0.983,  # round 389 (0.978)
        "speaker_accuracy": 0.988,  # round 340 (0.983)
        "end_to_end_f1": 0.967,  # rounds 340 (0.956), 389 (0.964)
    },
    "tuning95": {
        "precision": 0.994,  # round 408 (0.988)
        "recall": 0.972,
        # round 360 lowered both by one quotation: the lede's "its sponsor", named next only as
        # "who led the bill" after a "dubbed ... by her office" that speaks first (0.851, 0.834)
        "speaker_accuracy": 0.862,  # rounds 379 (0.845), 395 (0.857)
        "end_to_end_f1": 0.848,  # rounds 379 (0.829), 395 (0.840), 408 (0.845)
    },
    # tuning96 and tuning97: written in session 37, scored on ab109fe1 before anyone read
    # them; candidate rounds 256, 259, 264, 267 and 268 never read them (their merge check)
    "tuning96": {
        "precision": 0.994,
        "recall": 0.989,  # round 393 (0.984)
        "speaker_accuracy": 0.941,  # rounds 386 (0.914), 392 (0.919), 397 (0.925), 402 (0.930)
        # rounds 386 (0.904), 392 (0.910), 393 (0.915), 397 (0.918), 402 (0.923)
        "end_to_end_f1": 0.934,
    },
    "tuning97": {
        "precision": 0.984,
        "recall": 0.984,
        "speaker_accuracy": 0.948,  # round 413 (0.943)
        "end_to_end_f1": 0.933,  # round 413 (0.928)
    },
    # tuning98 and tuning99: written in session 37, scored on 95f27ad9 (the rules of
    # 588baab3) before anyone read them; no round read them
    "tuning98": {
        "precision": 0.983,
        "recall": 0.973,
        "speaker_accuracy": 0.988,  # round 402 (0.983)
        "end_to_end_f1": 0.967,  # round 402 (0.962)
    },
    "tuning99": {
        "precision": 0.961,
        "recall": 0.972,
        "speaker_accuracy": 0.994,  # rounds 372 (0.982), 402 (0.988)
        "end_to_end_f1": 0.961,  # rounds 372 (0.950), 402 (0.956)
    },
    # tuning100 and tuning101: written in session 38, scored on bf0423eb before anyone
    # read them; the session-38 rounds never read them (their merge check)
    "tuning100": {
        "precision": 0.988,
        "recall": 0.966,
        "speaker_accuracy": 0.977,  # round 363 (0.960)
        "end_to_end_f1": 0.955,  # round 363 (0.938)
    },
    "tuning101": {
        "precision": 0.984,  # round 389 (0.979)
        "recall": 0.984,  # round 389 (0.979)
        "speaker_accuracy": 0.968,  # rounds 324 (0.953), 362 (0.964)
        "end_to_end_f1": 0.954,  # rounds 324 (0.933), 362 (0.944), 389 (0.951)
    },
    # tuning102 and tuning103: written in session 38, scored on a525b626 (the last
    # rules of session 38) before anyone read them; no round read them
    "tuning102": {
        "precision": 0.974,
        "recall": 0.994,
        "speaker_accuracy": 0.984,
        "end_to_end_f1": 0.969,
    },
    "tuning103": {
        "precision": 0.988,
        "recall": 0.983,  # round 360 (0.978)
        "speaker_accuracy": 0.960,
        "end_to_end_f1": 0.947,  # round 360 (0.944)
    },
    # tuning104 and tuning105: written in session 39, scored on 86d5267f before anyone
    # read them; the session-39 rounds never read them (their merge check)
    "tuning104": {
        "precision": 0.985,
        "recall": 0.985,
        "speaker_accuracy": 0.974,  # round 362 (0.969)
        "end_to_end_f1": 0.960,  # round 362 (0.955)
    },
    "tuning105": {
        "precision": 0.994,
        "recall": 0.978,  # round 388 (0.972)
        "speaker_accuracy": 0.977,
        "end_to_end_f1": 0.964,  # round 388 (0.961)
    },
    # tuning106 and tuning107: written in session 39, scored on c27ecb0d before anyone
    # read them; the rounds after it never read them (their merge check)
    "tuning106": {
        "precision": 0.972,
        "recall": 0.972,
        "speaker_accuracy": 0.926,  # round 340 (0.920)
        "end_to_end_f1": 0.900,  # round 340 (0.895)
    },
    "tuning107": {
        "precision": 0.989,
        "recall": 0.973,
        "speaker_accuracy": 0.978,  # round 391 (0.972)
        "end_to_end_f1": 0.959,  # round 391 (0.954)
    },
    # tuning108 and tuning109: written at the end of session 39, scored on d5c3bcdd (its
    # final rules) before anyone read them; no round read them
    "tuning108": {
        "precision": 0.983,  # round 387 (0.977)
        "recall": 0.978,  # round 387 (0.972)
        "speaker_accuracy": 0.966,
        "end_to_end_f1": 0.947,  # round 387 (0.942)
    },
    "tuning109": {
        "precision": 0.978,
        "recall": 0.983,  # round 387 (0.978)
        "speaker_accuracy": 0.950,  # rounds 324 (0.932), 341 (0.939), 400 (0.944)
        "end_to_end_f1": 0.931,  # rounds 324 (0.912), 341 (0.918), 387 (0.923), 400 (0.926)
    },
    # tuning110 and tuning111: written in session 40, scored on df678e6a before anyone
    # read them; the session-40 rounds never read them (their merge check)
    "tuning110": {
        "precision": 0.994,
        "recall": 0.994,
        "speaker_accuracy": 0.952,  # rounds 322 (0.942), 340 (0.948)
        "end_to_end_f1": 0.947,  # rounds 322 (0.937), 340 (0.943)
    },
    "tuning111": {
        "precision": 0.989,
        "recall": 0.974,
        "speaker_accuracy": 0.994,
        "end_to_end_f1": 0.976,
    },
    # tuning112 and tuning113: written in session 40, scored on df678e6a and on the rules
    # of rounds 296 to 302 (no change) before anyone read them: the merge checks of
    # rounds 304 and 305
    "tuning112": {
        "precision": 0.989,  # round 397 (0.983)
        "recall": 1.000,
        "speaker_accuracy": 0.989,  # rounds 321 (0.972), 397 (0.978), 398 (0.983)
        "end_to_end_f1": 0.983,  # rounds 321 (0.964), 397 (0.970), 398 (0.978)
    },
    "tuning113": {
        "precision": 0.994,  # round 373 (0.983)
        "recall": 0.967,
        "speaker_accuracy": 0.949,  # rounds 343 (0.937), 356 (0.943)
        "end_to_end_f1": 0.930,  # rounds 343 (0.914), 356 (0.922), 373 (0.928)
    },
    # tuning114 and tuning115: written at the end of session 40, scored on its final
    # rules (and on df678e6a: the same figures) before anyone read them; no round read them
    "tuning114": {
        "precision": 0.978,  # round 373 (0.973)
        "recall": 0.968,  # round 388 (0.963)
        "speaker_accuracy": 0.935,  # rounds 324 (0.918), 378 (0.924), 388 (0.934)
        "end_to_end_f1": 0.910,  # rounds 324 (0.889), 373 (0.895), 378 (0.897), 388 (0.907)
    },
    "tuning115": {
        "precision": 0.978,
        "recall": 0.988,
        "speaker_accuracy": 0.921,
        "end_to_end_f1": 0.906,
    },
    # tuning116 and tuning117: written in session 41, scored on ffb5f623 before anyone
    # read them; the session-41 rounds never read them (their merge check)
    "tuning116": {
        "precision": 0.984,
        "recall": 1.000,  # round 387 (0.994)
        "speaker_accuracy": 0.910,
        "end_to_end_f1": 0.903,  # round 387 (0.900)
    },
    "tuning117": {
        "precision": 0.968,
        "recall": 0.984,
        "speaker_accuracy": 0.989,  # rounds 321 (0.967), 372 (0.978)
        "end_to_end_f1": 0.965,  # rounds 321 (0.944), 372 (0.955)
    },
    # tuning118 and tuning119: written in session 41, scored on f6edd318 (and on ffb5f623:
    # the same figures) before anyone read them; they judge round 314 on, unread
    "tuning118": {
        "precision": 0.994,  # round 388 (0.989)
        "recall": 0.984,  # round 388 (0.979)
        # round 388 lowered both by one quotation it now finds: farmers' "almost everything",
        # given to the province the sentence names (0.994 after round 376, 0.981)
        "speaker_accuracy": 0.989,
        "end_to_end_f1": 0.979,
    },
    "tuning119": {
        "precision": 0.972,
        "recall": 0.972,
        "speaker_accuracy": 0.966,  # rounds 341 (0.943), 343 (0.955), 395 (0.960)
        "end_to_end_f1": 0.942,  # rounds 341 (0.918), 343 (0.931), 395 (0.936)
    },
    # tuning120 and tuning121: written at the end of session 41, scored on its final rules
    # (98c07db0) before anyone read them; no round read them
    "tuning120": {
        "precision": 0.984,
        "recall": 0.994,  # rounds 387 (0.984), 388 (0.989)
        "speaker_accuracy": 0.973,  # rounds 360 (0.947), 388 (0.957), 391 (0.958), 398 (0.963)
        # end-to-end: rounds 360 (0.932), 387 (0.942), 388 (0.945), 391 (0.948), 398 (0.953)
        "end_to_end_f1": 0.963,
    },
    "tuning121": {
        "precision": 0.983,
        "recall": 0.977,
        "speaker_accuracy": 0.960,  # round 351 (0.949)
        "end_to_end_f1": 0.941,  # round 351 (0.930)
    },
    # tuning122 and tuning123: written in session 42, scored on 6b373f2c (and on c68fa7bb,
    # after rounds 321 and 322: the same figures) before anyone read them; round 324 never
    # read them (its merge check), and they were read after it
    "tuning122": {
        "precision": 0.979,
        "recall": 0.984,
        "speaker_accuracy": 0.973,  # round 381 (0.963)
        "end_to_end_f1": 0.961,  # round 381 (0.946)
    },
    "tuning123": {
        "precision": 0.995,  # round 327 (0.994)
        "recall": 0.995,  # round 327 (0.989)
        "speaker_accuracy": 0.979,  # rounds 327 (0.967), 332 (0.968)
        "end_to_end_f1": 0.974,  # rounds 327 (0.960), 332 (0.963)
    },
    # tuning124: written in session 42, scored on 6b373f2c and on 694f7288 (after round 324:
    # the same figures) before anyone read it; it judges the session's later rounds unread
    "tuning124": {
        "precision": 0.984,
        "recall": 0.994,
        "speaker_accuracy": 0.953,  # rounds 344 (0.922), 364 (0.927), 379 (0.937)
        "end_to_end_f1": 0.943,  # rounds 344 (0.912), 364 (0.917), 379 (0.928)
    },
    # tuning125 to tuning127: written in session 42, scored on 6b373f2c and on 9aa046c6 (after
    # round 327: the same figures) before anyone read them; tuning125 and tuning126 judge
    # round 328 unread, and tuning127 was read for it
    "tuning125": {
        "precision": 0.975,
        "recall": 1.0,
        # round 341 lowered both by one quotation: "KASI said" then "the institute said", the
        # acronym never tied to its full name (0.913, 0.901)
        "speaker_accuracy": 0.923,  # rounds 330 (0.892), 343 (0.907), 344 (0.912), 392 (0.917)
        "end_to_end_f1": 0.911,  # rounds 330 (0.881), 343 (0.896), 344 (0.901), 392 (0.906)
    },
    "tuning126": {
        "precision": 0.989,
        "recall": 1.0,
        "speaker_accuracy": 0.973,  # rounds 331 (0.957), 346 (0.963), 382 (0.968)
        "end_to_end_f1": 0.968,  # rounds 331 (0.952), 346 (0.958), 382 (0.963)
    },
    "tuning127": {
        "precision": 0.989,
        "recall": 0.979,
        "speaker_accuracy": 0.973,  # rounds 328 (0.926), 331 (0.953), 332 (0.958), 385 (0.969)
        "end_to_end_f1": 0.961,  # rounds 328 (0.912), 331 (0.938), 332 (0.943), 385 (0.954)
    },
    # tuning128 and tuning129: written at the end of session 42, scored on its final rules
    # (ab027d9c) and on 6b373f2c (the same figures) before anyone read them; no round read them
    "tuning128": {
        "precision": 0.989,  # round 410 (0.978)
        "recall": 0.973,
        "speaker_accuracy": 1.000,  # round 370 (0.994)
        "end_to_end_f1": 0.981,  # rounds 370 (0.970), 410 (0.978)
    },
    "tuning129": {
        "precision": 0.994,
        "recall": 1.0,
        "speaker_accuracy": 0.978,  # round 370 (0.973)
        "end_to_end_f1": 0.976,  # round 370 (0.970)
    },
    # tuning130 to tuning132: written at the start of session 43, scored on c82d6e0a and after
    # round 334 (the same figures) before anyone read them
    "tuning130": {
        "precision": 0.995,
        "recall": 0.991,
        "speaker_accuracy": 0.946,  # rounds 335 (0.924), 337 (0.928), 355-356 (0.933), 380 (0.942)
        "end_to_end_f1": 0.942,  # rounds 335 (0.918), 337 (0.922), 355-356 (0.929), 380 (0.938)
    },
    "tuning131": {
        "precision": 0.984,
        "recall": 0.974,
        "speaker_accuracy": 0.963,
        "end_to_end_f1": 0.943,
    },
    "tuning132": {
        "precision": 0.990,
        "recall": 0.995,
        "speaker_accuracy": 0.945,  # round 340 (0.935)
        "end_to_end_f1": 0.940,  # round 340 (0.928)
    },
    # tuning133 and tuning134: written in session 43, scored on c82d6e0a and before each
    # later round's merge while unread (the figures under each round are those before it)
    "tuning133": {
        "precision": 0.994,
        "recall": 0.974,  # round 393 (0.969)
        "speaker_accuracy": 0.978,  # rounds 337 (0.963), 343 (0.968), 356 (0.973)
        "end_to_end_f1": 0.963,  # rounds 337 (0.945), 343 (0.950), 356 (0.955), 393 (0.961)
    },
    "tuning134": {
        "precision": 0.991,  # round 388 (0.990)
        "recall": 0.995,  # round 388 (0.990)
        "speaker_accuracy": 0.932,  # rounds 339 (0.922), 340 (0.927), 388 (0.931)
        "end_to_end_f1": 0.925,  # rounds 339 (0.914), 340 (0.918), 388 (0.923)
    },
    # tuning135 and tuning136: written in session 43, scored on c82d6e0a (0.918 and 0.942
    # speaker) and before rounds 340 to 342 while unread; round 334 made one labelled
    # quotation of tuning136 a term (recall 0.981), round 338 gave tuning135 one speaker
    "tuning135": {
        "precision": 0.962,
        "recall": 0.981,
        "speaker_accuracy": 0.942,  # rounds 382 (0.923), 404 (0.932)
        "end_to_end_f1": 0.915,  # rounds 382 (0.897), 404 (0.906)
    },
    "tuning136": {
        "precision": 0.985,
        "recall": 0.985,  # rounds 388 (0.976), 393 (0.981)
        # round 388 lowered both by one quotation it now finds with a wrong speaker (an
        # unread split: counts only) (0.942, 0.924)
        "speaker_accuracy": 0.937,
        "end_to_end_f1": 0.924,  # round 393 (0.921)
    },
    # tuning137 and tuning138: written at the end of session 43, scored on its final rules
    # (a7b4ceec) and on c82d6e0a before anyone read them; no round read them
    "tuning137": {
        "precision": 0.986,  # round 407 (0.981)
        "recall": 1.0,
        "speaker_accuracy": 0.929,  # rounds 391 (0.897), 401 (0.901)
        "end_to_end_f1": 0.923,  # rounds 391 (0.888), 401 (0.893), 407 (0.921)
    },
    "tuning138": {
        "precision": 0.990,
        "recall": 0.995,
        "speaker_accuracy": 0.962,  # rounds 401 (0.934), 409 (0.957)
        "end_to_end_f1": 0.955,  # rounds 401 (0.927), 409 (0.951)
    },
    # tuning139 to tuning145: written at the start of session 44 and scored on 10bccb70 and
    # after round 346 (the same counts) before anyone read them
    "tuning139": {
        "precision": 0.989,
        "recall": 0.984,  # round 388 (0.974)
        # round 388 lowered both by one quotation it now finds with no speaker: "about two
        # years", whose speaker is the sentence's subject (0.926 after rounds 363 and 385, 0.911)
        "speaker_accuracy": 0.921,
        "end_to_end_f1": 0.909,
    },
    "tuning140": {
        "precision": 0.986,
        "recall": 0.995,  # round 389 (0.990)
        "speaker_accuracy": 0.931,  # rounds 367 (0.926), 389 (0.930)
        "end_to_end_f1": 0.922,  # rounds 367 (0.915), 389 (0.920)
    },
    "tuning141": {
        "precision": 0.986,
        "recall": 0.986,
        "speaker_accuracy": 0.959,  # rounds 348 (0.945), 354 (0.950), 355 (0.954)
        "end_to_end_f1": 0.946,  # rounds 348 (0.932), 354 (0.937), 355 (0.941)
    },
    "tuning142": {
        "precision": 0.976,
        "recall": 0.981,
        "speaker_accuracy": 0.952,  # rounds 358 (0.928), 359 (0.933), 365 (0.938), 372 (0.947)
        "end_to_end_f1": 0.932,  # rounds 358 (0.909), 359 (0.914), 365 (0.918), 372 (0.928)
    },
    "tuning143": {
        "precision": 0.994,
        "recall": 0.994,
        "speaker_accuracy": 0.968,  # round 412 (0.962)
        "end_to_end_f1": 0.963,  # round 412 (0.957)
    },
    "tuning144": {
        "precision": 0.995,
        "recall": 0.985,
        "speaker_accuracy": 0.955,  # rounds 362 (0.930), 392 (0.940), 395 (0.945)
        "end_to_end_f1": 0.946,  # rounds 362 (0.921), 392 (0.931), 395 (0.936)
    },
    "tuning145": {
        "precision": 0.995,
        "recall": 1.0,
        "speaker_accuracy": 0.938,
        "end_to_end_f1": 0.936,
    },
    # tuning146 to tuning149: written during session 44, scored on 10bccb70 and on the rules
    # after round 353 (7f90b152), the same figures, before anyone read them
    "tuning146": {
        "precision": 0.980,
        "recall": 0.966,
        "speaker_accuracy": 0.951,  # round 400 (0.946)
        "end_to_end_f1": 0.926,  # round 400 (0.921)
    },
    "tuning147": {
        "precision": 0.981,
        "recall": 0.985,
        "speaker_accuracy": 0.913,
        "end_to_end_f1": 0.898,
    },
    "tuning148": {
        "precision": 0.995,
        "recall": 0.980,
        "speaker_accuracy": 0.950,  # round 386 (0.940)
        "end_to_end_f1": 0.939,  # round 386 (0.929)
    },
    "tuning149": {
        "precision": 0.990,
        "recall": 1.0,
        "speaker_accuracy": 0.951,
        "end_to_end_f1": 0.947,
    },
    # tuning150 to tuning156: written at the start of session 45 and scored on 1f4cc299 and
    # after round 358 (the same counts) before anyone read them
    "tuning150": {
        "precision": 0.981,
        "recall": 0.995,
        "speaker_accuracy": 0.939,  # rounds 379 (0.920), 386 (0.929)
        "end_to_end_f1": 0.928,  # rounds 379 (0.909), 386 (0.919)
    },
    "tuning151": {
        "precision": 0.980,
        "recall": 0.985,
        "speaker_accuracy": 0.940,  # rounds 377 (0.920), 409 (0.935)
        "end_to_end_f1": 0.923,  # rounds 377 (0.904), 409 (0.918)
    },
    "tuning152": {
        "precision": 0.994,
        "recall": 0.955,  # round 388 (0.950)
        "speaker_accuracy": 0.953,  # rounds 388 (0.937), 401 (0.938)
        "end_to_end_f1": 0.929,  # rounds 388 (0.911), 401 (0.914)
    },
    "tuning153": {
        "precision": 1.0,
        "recall": 0.995,
        "speaker_accuracy": 0.929,
        "end_to_end_f1": 0.927,
    },
    "tuning154": {
        "precision": 0.991,
        "recall": 0.986,  # round 393 (0.982)
        "speaker_accuracy": 0.941,  # rounds 362 (0.901), 376 (0.905), 378 (0.910)
        "end_to_end_f1": 0.931,  # rounds 362 (0.889), 376 (0.893), 378 (0.898), 393 (0.929)
    },
    "tuning155": {
        "precision": 0.995,
        "recall": 0.985,
        "speaker_accuracy": 0.931,  # rounds 380 and 381 (0.911), 395 (0.926)
        "end_to_end_f1": 0.922,  # rounds 380 and 381 (0.902), 395 (0.917)
    },
    "tuning156": {
        "precision": 0.995,
        "recall": 0.982,
        "speaker_accuracy": 0.959,
        "end_to_end_f1": 0.949,
    },
    # tuning157 to tuning163: written at the start of session 46 and scored on 0bf9c548
    # before anyone read them
    "tuning157": {
        "precision": 0.989,
        "recall": 0.994,
        "speaker_accuracy": 0.948,  # round 400 (0.943)
        "end_to_end_f1": 0.940,  # round 400 (0.935)
    },
    "tuning158": {
        "precision": 0.990,
        "recall": 0.990,
        "speaker_accuracy": 0.951,  # rounds 383 (0.941), 399 (0.946)
        "end_to_end_f1": 0.942,  # rounds 383 (0.932), 399 (0.937)
    },
    "tuning159": {
        "precision": 0.989,
        "recall": 0.989,  # round 388 (0.984)
        "speaker_accuracy": 0.937,  # round 388 (0.936)
        "end_to_end_f1": 0.927,  # round 388 (0.924)
    },
    "tuning160": {
        "precision": 1.0,
        "recall": 0.980,
        "speaker_accuracy": 0.940,  # rounds 381 (0.930), 397 (0.935)
        "end_to_end_f1": 0.930,  # rounds 381 (0.920), 397 (0.925)
    },
    "tuning161": {
        "precision": 0.990,
        "recall": 0.990,  # round 397 (0.986)
        "speaker_accuracy": 0.917,  # rounds 380 (0.912), 397 (0.916)
        "end_to_end_f1": 0.908,  # rounds 380 (0.901), 397 (0.906)
    },
    "tuning162": {
        "precision": 0.995,
        "recall": 0.995,
        "speaker_accuracy": 0.941,
        "end_to_end_f1": 0.937,
    },
    "tuning163": {
        "precision": 0.995,  # round 410 (0.990)
        "recall": 0.986,  # round 387 (0.981)
        "speaker_accuracy": 0.949,
        "end_to_end_f1": 0.941,  # rounds 387 (0.936), 410 (0.939)
    },
    # tuning164 to tuning170: written at the start of session 47 and scored on dc96f781
    # before anyone read them
    "tuning164": {
        "precision": 0.990,
        "recall": 0.995,
        "speaker_accuracy": 0.939,  # rounds 383 (0.924), 399 (0.934)
        "end_to_end_f1": 0.932,  # rounds 383 (0.917), 399 (0.927)
    },
    "tuning165": {
        "precision": 0.983,
        "recall": 0.994,  # round 388 (0.989)
        "speaker_accuracy": 0.956,  # round 390 (0.945)
        "end_to_end_f1": 0.945,  # rounds 388 (0.932), 390 (0.935)
    },
    "tuning166": {
        "precision": 0.970,  # round 407 (0.966)
        "recall": 0.966,
        "speaker_accuracy": 0.905,
        "end_to_end_f1": 0.876,  # round 407 (0.874)
    },
    "tuning167": {
        "precision": 0.976,  # round 410 (0.972)
        "recall": 0.976,
        "speaker_accuracy": 0.952,
        "end_to_end_f1": 0.930,  # round 410 (0.928)
    },
    "tuning168": {
        "precision": 0.970,
        "recall": 0.990,
        "speaker_accuracy": 0.950,  # rounds 376 (0.930), 385 (0.935), 409 (0.945)
        "end_to_end_f1": 0.931,  # rounds 376 (0.911), 385 (0.916), 409 (0.926)
    },
    "tuning169": {
        "precision": 0.981,
        "recall": 0.995,
        "speaker_accuracy": 0.944,  # round 380 (0.940)
        "end_to_end_f1": 0.934,  # round 380 (0.929)
    },
    "tuning170": {
        "precision": 1.0,
        "recall": 0.994,
        "speaker_accuracy": 0.932,  # round 406 (0.921)
        "end_to_end_f1": 0.929,  # round 406 (0.919)
    },
    # tuning171 to tuning177: written at the start of session 48 and scored on 87bf361c
    # before anyone read them
    "tuning171": {
        "precision": 0.990,  # round 408 (0.986)
        "recall": 0.990,
        "speaker_accuracy": 0.938,  # round 398 (0.934)
        "end_to_end_f1": 0.930,  # rounds 398 (0.923), 408 (0.928)
    },
    "tuning172": {
        "precision": 0.989,
        "recall": 0.984,  # round 388 (0.979)
        "speaker_accuracy": 0.947,  # rounds 402 (0.936), 405 (0.942)
        "end_to_end_f1": 0.935,  # rounds 388 (0.921), 402 (0.924), 405 (0.929)
    },
    "tuning173": {
        "precision": 0.981,
        "recall": 0.986,
        "speaker_accuracy": 0.921,  # round 411 (0.907)
        "end_to_end_f1": 0.907,  # round 411 (0.893)
    },
    "tuning174": {
        "precision": 1.0,
        "recall": 0.991,
        "speaker_accuracy": 0.939,
        "end_to_end_f1": 0.935,
    },
    "tuning175": {
        "precision": 0.991,
        "recall": 0.982,
        "speaker_accuracy": 0.915,
        "end_to_end_f1": 0.903,
    },
    "tuning176": {
        "precision": 0.980,
        "recall": 0.995,
        "speaker_accuracy": 0.934,  # round 390 (0.929)
        "end_to_end_f1": 0.923,  # round 390 (0.918)
    },
    "tuning177": {
        "precision": 0.991,
        "recall": 0.995,  # round 393 (0.991)
        "speaker_accuracy": 0.952,  # round 413 (0.944)
        "end_to_end_f1": 0.946,  # round 413 (0.938)
    },
    # tuning178 to tuning184: written at the start of session 49 and scored on 4566f28f
    # before anyone read them
    "tuning178": {
        "precision": 0.994,
        "recall": 0.974,
        "speaker_accuracy": 0.963,
        "end_to_end_f1": 0.948,
    },
    "tuning179": {
        "precision": 0.980,
        "recall": 0.976,
        "speaker_accuracy": 0.946,
        "end_to_end_f1": 0.926,
    },
    "tuning180": {
        "precision": 0.985,  # round 407 (0.980)
        "recall": 0.985,
        "speaker_accuracy": 0.910,  # rounds 395 (0.881), 396 (0.886), 399 (0.905)
        "end_to_end_f1": 0.897,  # rounds 395 (0.866), 396 (0.871), 399 (0.890), 407 (0.895)
    },
    "tuning181": {
        "precision": 0.982,
        "recall": 0.990,
        "speaker_accuracy": 0.900,  # round 402 (0.895)
        "end_to_end_f1": 0.887,  # round 402 (0.883)
    },
    "tuning182": {
        "precision": 0.995,
        "recall": 1.0,
        "speaker_accuracy": 0.939,  # round 399 (0.934)
        "end_to_end_f1": 0.937,  # round 399 (0.932)
    },
    "tuning183": {
        "precision": 0.989,
        "recall": 0.994,
        "speaker_accuracy": 0.963,  # rounds 401 (0.943), 404 (0.958)
        "end_to_end_f1": 0.956,  # rounds 401 (0.935), 404 (0.951)
    },
    "tuning184": {
        "precision": 0.985,
        "recall": 0.995,
        "speaker_accuracy": 0.925,  # round 398 (0.915)
        "end_to_end_f1": 0.915,  # round 398 (0.905)
    },
    # tuning185 to tuning191: written at the start of session 50 and scored on f6a0eddb
    # before anyone read them
    "tuning185": {
        "precision": 0.995,
        "recall": 0.981,
        "speaker_accuracy": 0.923,
        "end_to_end_f1": 0.912,
    },
    "tuning186": {
        "precision": 0.995,
        "recall": 0.981,
        "speaker_accuracy": 0.925,
        "end_to_end_f1": 0.914,
    },
    "tuning187": {
        "precision": 0.986,  # round 408 (0.981)
        "recall": 0.986,
        "speaker_accuracy": 0.981,  # round 412 (0.976)
        "end_to_end_f1": 0.968,  # round 412 (0.963)
    },
    "tuning188": {
        "precision": 1.0,
        "recall": 0.995,
        "speaker_accuracy": 0.913,  # round 411 (0.898)
        "end_to_end_f1": 0.910,  # round 411 (0.896)
    },
    "tuning189": {
        "precision": 0.989,  # round 407 (0.984)
        "recall": 0.984,
        "speaker_accuracy": 0.967,  # round 411 (0.957)
        "end_to_end_f1": 0.955,  # round 411 (0.944)
    },
    "tuning190": {
        "precision": 0.984,
        "recall": 0.968,
        "speaker_accuracy": 0.940,  # round 412 (0.935)
        "end_to_end_f1": 0.918,  # round 412 (0.913)
    },
    "tuning191": {
        "precision": 0.984,
        "recall": 0.994,
        "speaker_accuracy": 0.964,  # round 399 (0.959)
        "end_to_end_f1": 0.954,  # round 399 (0.949)
    },
    # tuning192 to tuning198: written at the start of session 51 and scored on 2122f877
    # before anyone read them
    "tuning192": {
        "precision": 0.990,  # round 407 (0.985)
        "recall": 0.990,
        "speaker_accuracy": 0.964,  # round 405 (0.954)
        "end_to_end_f1": 0.955,  # rounds 405 (0.942), 407 (0.952)
    },
    "tuning193": {
        "precision": 0.995,
        "recall": 0.990,
        "speaker_accuracy": 0.955,
        "end_to_end_f1": 0.947,
    },
    "tuning194": {
        "precision": 1.0,
        "recall": 0.971,
        "speaker_accuracy": 0.940,  # round 406 (0.931)
        "end_to_end_f1": 0.927,  # round 406 (0.917)
    },
    "tuning195": {
        "precision": 0.985,
        "recall": 0.989,
        "speaker_accuracy": 0.939,  # round 405 (0.928)
        "end_to_end_f1": 0.927,  # round 405 (0.917)
    },
    "tuning196": {
        "precision": 0.990,
        "recall": 0.980,
        "speaker_accuracy": 0.904,
        "end_to_end_f1": 0.890,
    },
    "tuning197": {
        "precision": 0.990,
        "recall": 1.0,
        "speaker_accuracy": 0.960,  # rounds 404 (0.950), 406 (0.955)
        "end_to_end_f1": 0.956,  # rounds 404 (0.946), 406 (0.951)
    },
    "tuning198": {
        "precision": 0.995,
        "recall": 0.985,
        "speaker_accuracy": 0.900,
        "end_to_end_f1": 0.891,
    },
    # tuning199 to tuning205: written at the start of session 52 and scored on ab465fd2
    # before anyone read them
    "tuning199": {
        "precision": 0.994,
        "recall": 1.0,
        "speaker_accuracy": 0.974,
        "end_to_end_f1": 0.972,
    },
    "tuning200": {
        "precision": 0.995,
        "recall": 0.995,
        "speaker_accuracy": 0.956,
        "end_to_end_f1": 0.952,
    },
    "tuning201": {
        "precision": 0.994,
        "recall": 0.989,
        "speaker_accuracy": 0.882,
        "end_to_end_f1": 0.875,
    },
    "tuning202": {
        "precision": 0.995,
        "recall": 0.970,
        "speaker_accuracy": 0.870,  # round 411 (0.850)
        "end_to_end_f1": 0.855,  # round 411 (0.835)
    },
    "tuning203": {
        "precision": 0.984,
        "recall": 0.975,
        "speaker_accuracy": 0.958,
        "end_to_end_f1": 0.939,
    },
    "tuning204": {
        "precision": 0.995,
        "recall": 0.985,
        "speaker_accuracy": 0.961,
        "end_to_end_f1": 0.952,
    },
    "tuning205": {
        "precision": 0.984,
        "recall": 0.970,
        "speaker_accuracy": 0.943,
        "end_to_end_f1": 0.922,
    },
    # tuning206 to tuning212: written at the start of session 53 and scored on 5f8c9e60
    # before anyone read them
    "tuning206": {
        "precision": 0.967,
        "recall": 0.985,
        "speaker_accuracy": 0.918,
        "end_to_end_f1": 0.897,
    },
    "tuning207": {
        "precision": 0.981,
        "recall": 0.986,
        "speaker_accuracy": 0.962,
        "end_to_end_f1": 0.947,
    },
    "tuning208": {
        "precision": 0.995,
        "recall": 0.990,
        "speaker_accuracy": 0.926,
        "end_to_end_f1": 0.920,
    },
    "tuning209": {
        "precision": 0.991,
        "recall": 0.982,
        "speaker_accuracy": 0.950,  # round 413 (0.941)
        "end_to_end_f1": 0.938,  # round 413 (0.929)
    },
    "tuning210": {
        "precision": 0.990,
        "recall": 0.986,
        "speaker_accuracy": 0.949,
        "end_to_end_f1": 0.938,
    },
    "tuning211": {
        "precision": 0.978,
        "recall": 0.991,
        "speaker_accuracy": 0.926,
        "end_to_end_f1": 0.912,
    },
    "tuning212": {
        "precision": 0.986,
        "recall": 0.990,
        "speaker_accuracy": 0.935,  # round 412 (0.921)
        "end_to_end_f1": 0.924,  # round 412 (0.910)
    },
}
"""Each tuning split's figures after the last rule change (a ratchet: a rule change may not
lower any of them). Before issue 13, tuning3 stood at 0.974/0.926 spans, 0.867 speaker,
0.824 end-to-end. ``tuning4`` was the first blind split; it became a tuning split when its
articles were read to change rules (0.789 speaker, 0.780 end-to-end at that moment); round 3
raised it from 0.924 speaker, 0.913 end-to-end. ``tuning5`` (the issue's classes) and
``tuning6`` (ordinary copy across desks) were written for round 4 by authors who never read
the extractor; before round 4 they stood at 0.974/0.965 spans, 0.874 speaker, 0.848
end-to-end, 6 terms given a speaker (tuning5) and 0.989/0.974 spans, 0.845 speaker, 0.830
end-to-end, 2 terms given a speaker (tuning6). Round 4 was read on tuning5; tuning6 was only
scored (figures) until its end, then its mismatches were read for the notes. Round 5 read
tuning6 class by class (before it: 0.989/0.974 spans, 0.857 speaker, 0.841 end-to-end) and
invented examples of terms (tuning5 before it: 0.990 precision, 0.957 end-to-end). ``tuning7``
(ordinary copy, by an author who never read the extractor) was scored unread when it arrived,
on the extractor before round 6 (0.959/0.988 spans, 0.847 speaker, 0.824 end-to-end, 4 terms
given a speaker) and after round 6's rules written before it was read (0.970/0.988, 0.847,
0.829, 2 terms); round 6 then read it class by class. ``tuning8`` (16 articles by an author
who never read the extractor, in two halves) was scored unread at each arrival: its first
half on the extractor before round 7 (1.000/0.963 spans, 0.909 speaker, 0.892 end-to-end)
and after round 7's rules written before reading it (the same), its second half before
round 7 (0.977/0.989, 0.930, 0.914, 1 term given a speaker) and after the rules written
before reading it (0.942, 0.926); round 7 then read each half class by class. Round 7
raised tuning5 (0.980 speaker) and tuning6 (0.955) with rules read elsewhere. ``tuning9`` and
``tuning10`` were the held-out ``blind2`` (since round 2) and ``blind4`` (since round 5),
never read until round 8 (0.859 and 0.866 speaker, 0.843 and 0.838 end-to-end at its start).
``tuning11`` (16 articles by a seventh author who never read the extractor, written during
round 8) was scored unread on the extractor before round 8 (0.971/0.983 spans, 0.912
speaker, 0.891 end-to-end, 3 terms given a speaker) and each half again after the rules
written before reading it (no change); round 8 then read each half class by class.
``tuning12`` was the held-out ``blind3`` (rounds 4-8: 0.925 speaker before round 4, 0.944
after round 8, a slightly less clean figure because round 8 once saw one of its mismatches),
read from round 9 on: round 9a (terms) scored it unread after its rules (unchanged: 0.994
precision, 1 term given a speaker), then read its one term; round 9b's speaker rules written
before reading it left it at 0.944 / 0.933, those written after reading it raised it to 0.975 /
0.963. Round 9a (terms) raised spans precision on tuning7 (0.994), tuning8 (0.994), tuning9
(0.994), tuning11 (0.983) and tuning12 (0.994). ``tuning13`` (16 articles by a new author
who never read the extractor, in two halves) was scored unread at each arrival in round 10:
its first half on main (1.000/0.964 spans, 0.776 speaker, 0.761 end-to-end) and on the
round's rules written before it (the same), its second half on main (0.991/0.991, 0.882,
0.874, 1 term given a speaker) and on the rules written before reading it (the same
figures); round 10 then read each half class by class. Round 10 raised tuning3 and tuning6 to
tuning12 to the figures above with rules read on tuning13 and on the older splits' last
misses. ``tuning14`` (16 articles by a new author who never read the extractor, many speakers
per story, in two halves) was scored unread at each arrival in round 11: its first half on
main (0.981/0.972 spans, 0.883 speaker, 0.863 end-to-end, 2 terms given a speaker) and on the
round's term rules written before it (the same), its second half on main (0.983/0.992, 0.815,
0.805, 1 term given a speaker) and on the rules written before reading it (0.983/0.992,
0.807, 0.797, 1 term); round 11 then read each half class by class. ``tuning15`` (16
articles by a new author who never read the extractor, written around round 13's three
classes: which of two named people speaks, a description naming someone from an earlier
paragraph, a speaker named only in a phrase) was scored unread at each arrival in round 13:
its first half on main (1.000/0.992 spans, 0.748 speaker, 0.745 end-to-end) and on the
round's rules written before it (the same), its second half on main (0.983/0.991, 0.816,
0.805, 2 terms given a speaker) and on the rules written before reading it (0.983/0.991,
0.825, 0.814, 2 terms); round 13 then read each half class by class. ``tuning16`` (12
articles dense in quoted terms beside short partials, by an author who never read the
extractor) was scored unread in round 14 on main (0.917/0.924 spans, 0.909 speaker, 0.837
end-to-end, 8 terms given a speaker) and on the round's rules written before it (0.940/0.916,
0.908, 0.843, 5 terms); round 14 then read its mismatches (and raised tuning14's precision to
1.000, end-to-end 0.946). ``tuning17`` (several people named in a quotation's paragraph, one
speaks) and ``tuning18`` (descriptions referring back, speakers named outside "X said"), 16
articles each by authors who never read the extractor, were scored unread by half in round
15: tuning17's half A on main 0.981/1.000 spans, 0.865 speaker, 0.857 end-to-end, 2 terms
given a speaker (the round's rules then the same), half B 0.971/0.981, 0.861, 0.841, 3 terms
(the rules 0.871, 0.850); tuning18's half A on main 0.982/0.982, 0.630, 0.618, 2 terms (the
rules the same), half B 0.991/0.964, 0.636, 0.621, 1 term (the rules written before reading
it 0.664, 0.648); round 15 then read each half class by class (and raised tuning15 and
tuning16). Round 23 (two people one surname or role: "the elder Uhm", a bare surname kept
for its first bearer) raised tuning9 (0.963 speaker, 0.955 end-to-end), tuning15 (0.882,
0.878), tuning18 (0.805, 0.792) and tuning20 (0.877, 0.856). Round 26 (person nouns the role lexicon
lacked) raised tuning14 (0.959, 0.951), tuning16 (0.956, 0.931), tuning17 (0.937, 0.928),
tuning18 (0.814, 0.801) and tuning20 (0.896, 0.874). Round 28 (reporting verbs the lexicon
lacked) raised tuning16 (recall 0.958; 0.956, 0.936) and tuning20 (0.908, 0.886). Round 47
(rejoinder verbs, '"...," the village chief shot back') raised tuning15 (0.886, 0.882). Round
52 (a "by" agent inside what an earlier subject says is not who "he" means next) raised
tuning15 (0.890, 0.887), tuning16 (0.965, 0.944) and tuning20 (0.914, 0.892). Round 53 (a
second clause of saying after ", and" is not inside the first; words a medium carries, "carried
remarks by NAME", are NAME's; a description in a name's appositive is no speaker of its own;
a "readout" is a document; "a claim by X that" quotes X) raised tuning21 (0.888, 0.879).
Round 54 (a province after a comma places the town before it; a capitalised plural with a
plural verb is a group; a hyphenated noun titles a name) raised tuning22 (0.888, 0.874).
Round 55 (a closing "adding" or "calling" is the main clause's; 'what engineers call a "..."'
is a term; a plural before a restrictive "who" heads it; a fragment opening with "asked"
quotes its subject) raised tuning21 (0.891, 0.883), tuning23 (precision 0.975; 0.908, 0.886)
and tuning24 (0.887, 0.865).
Round 56 (a naming "what X call" names only the quotation after it; a plural noun of people
before a restrictive "who say" speaks) raised tuning23 (0.878, 0.851, on its own base) and
tuning24 (0.891, 0.869); both rounds merged give tuning23 0.908, 0.886.
Round 57 ("on" after a body's head joins its remit to the name; a word of saying in "-s"
after a modal's bare verb is its object; "a" or "an" before capitals opens a description; an
object and participle after a partial quotation is no tag) raised tuning25 (0.914, 0.900).
Round 58 ("outside" before a title describes the post; an owner between a group's "call" and
the quotation makes a term; ", which" after a body's name speaks for it; the quotation after
a claim's "was" is the sentence speaker's) raised tuning26 (precision 0.986; 0.909, 0.896);
with both merged tuning25 stands at recall 0.976, 0.915, 0.904.
Round 60 ("new" before a body's noun describes the body just named; a post before an
abbreviated rank in a title is a role of its holder) raised tuning21 (0.895, 0.887) and
tuning26 (0.913, 0.900). Round 59 (a reported speaker opening the sentence keeps its "that"
clause's quotation; "it said" means the last subject that spoke when nothing marks it a
person; a verb after a participle aside closed by a quoted title is the name's), merged with
round 60, raised tuning21 (0.899, 0.891) and tuning26 (0.928, 0.915). Round 62 (a bare role
after a headline's colon that finds the body's own indefinite description keeps it) raised
tuning21 (0.903, 0.894); its second (a headline's present-tense verb matches the body's
inflected one) raised tuning22 (recall 0.990; 0.889, 0.877). Round 61 ("Both A and B said"
and a sentence-opening "A and B said" give the pair as one speaker) raised tuning14 (0.964,
0.955), tuning20 (0.920, 0.898), tuning21 (0.903, 0.894) and tuning24 (0.895, 0.873); with
round 62 merged tuning21 stands at 0.907, 0.898. Round 66 (a definite role opening the
sentence before a name with a description of its own is that person's role too) raised
tuning20 (0.926, 0.904); its second (a lede's firm known only by its kind is the firm named
as speaking next) raised tuning23 (0.913, 0.891); its third (a lede's "a ..." is the person
the next paragraph introduces in full when it repeats the description's words) raised
tuning21 (0.911, 0.902). Round 64 ('estimated' a verb of saying, ', ruling that' a participle
reporting a clause, a sentence-opening 'That' a determiner) raised tuning23 and tuning24; with
round 66, tuning23 stands at 0.918, 0.896. Round 65 (an age-only sentence "The 30-year-old won
..." gives its person the age; "His colleague NAME" opening a sentence that reports nothing
names NAME; "X, the chairman," is the X whose title holds the noun) raised tuning22 (0.899,
0.888), tuning25 (0.921, 0.910) and, with round 64, tuning24 (0.908, 0.885). Round 63
(quoted terms given a speaker: nine frames) raised spans precision and end-to-end on tuning10
(0.993, 0.977), tuning17 (1.0, 0.932), tuning18 (1.0, 0.807), tuning20 (0.988, 0.901),
tuning22 (0.995, 0.882), tuning23 (0.985, 0.890), tuning24 (0.996, 0.877) and tuning26 (0.990,
0.917); merged with rounds 64 to 66, each floor is the figures of the rounds together. Round 72 (a
lede's bare "state media" is the news agency named next; "its first minister" keeps its
ordinal, so the lede's minister is the one named next) raised tuning19 (0.943, 0.920),
tuning21 (0.922, 0.914) and tuning25 (0.939, 0.928). Round 74 (a quotation closing on a comma
before "and", "while" or "but" ends the first clause; an infinitive reporting a clause is a
verb whatever its subject) raised tuning22 (0.910, 0.903). Round 75 (an unresolved bare
person description whose noun the headline carries is the lede's person named in full with
Hangul) raised tuning15 (0.903, 0.899) and tuning18 (0.842, 0.830). Round 77 (quoted terms read in
their context: 'what the industry calls', 'what both sides called a "..."', a name after a
colon past a trailing tag, a group's "dubbed" across a long object, one plural noun after
'what it calls'; 'a figure unions have called "a ..."' kept) raised tuning23 (precision 0.990,
end-to-end 0.902) and tuning27 (0.979, 1.000, 0.905, 0.895). Round 79 (a word capitalised only
because it opens a sentence is no subject name; a quotation in a second "and that" clause is
the first clause's speaker's; the capitals of further governments speak for their countries)
raised tuning19 (0.950, 0.926), tuning27 (0.937, 0.927), tuning28 (0.905, 0.899) and tuning29
(0.934, 0.914). Round 80 (the subject read past
an aside that holds a quotation; "the ruling" as the court last named; a lede's "a senior
... official" as the official named next) raised tuning14 (recall 0.987; end-to-end 0.958),
tuning22 (0.921, 0.913), tuning24 (recall 0.968; 0.929, 0.912), tuning26 (0.947, 0.936),
tuning28 (0.910, 0.904) and tuning29 (0.951, 0.930), as measured on its own branch. The
reviewer's fix to round 79 ("Do has kept ...": a surname) raised tuning31 (0.929, 0.914). Round
81 (a question opened right after 'A reporter asked,' is the asker's) raised tuning28 (0.925,
0.919) and tuning30 (0.940, 0.927). Round 82 (a name in use told by a naming verb's perfect,
progressive or passive by a group with a determiner outside the marks; a headline's word in
another form of its speaker's) raised tuning20 (precision 0.994; end-to-end 0.922), tuning28
(recall 1.000; 0.916, 0.911), tuning29 (precision 0.984; end-to-end 0.938) and tuning31
(precision 0.995; end-to-end 0.918), as measured on its own branch. Round 85 (a quotation after
a colon is the person's named after "the words of" or "a remark from" in the clause before it)
raised tuning28 (0.931, 0.926), tuning30 (0.945, 0.932), tuning31 (0.934, 0.924) and tuning32
(0.890, 0.880).
Round 87 (a group's name
for a thing after an adverb of manner or as a bare plural; one person's habitual name, a
short "the ..." after "calls") raised tuning26 (precision 0.995; end-to-end 0.938), tuning30
(precision 0.984; end-to-end 0.929), tuning32 (precision 0.983; end-to-end 0.905) and
tuning36 (precision 0.948; end-to-end 0.903), as measured on its own branch. Rounds 84, 86
and 89 (session 22, the reviewer's and a helper's) raised tuning27, tuning29 and tuning31 to
tuning34; docs/PERFORMANCE.md gives each round's figures."""

TUNING_MAX_TERMS_WITH_SPEAKER = {
    "dev": 0,
    "tuning2": 0,
    "tuning3": 0,
    "tuning4": 0,
    "tuning5": 0,
    "tuning6": 0,
    "tuning7": 0,
    "tuning8": 0,
    "tuning9": 0,
    "tuning10": 0,
    "tuning11": 0,
    "tuning12": 0,
    "tuning13": 0,
    "tuning14": 0,
    "tuning15": 0,
    "tuning16": 0,
    "tuning17": 0,
    "tuning18": 0,
    "tuning19": 0,
    "tuning20": 0,
    "tuning21": 1,
    "tuning22": 0,
    "tuning23": 1,
    "tuning24": 0,
    "tuning25": 0,
    "tuning26": 0,
    "tuning27": 0,  # 2 until round 182
    "tuning28": 0,
    "tuning29": 1,  # 2 until round 174
    "tuning30": 1,
    "tuning31": 0,
    "tuning32": 0,  # 1 until round 182
    "tuning33": 1,
    "tuning34": 2,  # 3 until round 182
    "tuning35": 1,
    "tuning36": 6,
    "tuning37": 1,  # 2 until round 182
    "tuning38": 3,
    "tuning39": 4,
    "tuning40": 1,
    "tuning41": 0,  # 1 until round 336
    "tuning42": 2,
    "tuning43": 0,
    "tuning44": 1,
    "tuning45": 0,  # 1 until round 182
    "tuning46": 0,
    "tuning47": 1,
    "tuning48": 0,
    "tuning49": 1,  # 5 until round 159
    "tuning50": 1,  # 3 until round 163, 2 until round 182
    "tuning51": 0,  # 3 until round 167
    "tuning52": 0,
    "tuning53": 1,  # 4 until round 174
    "tuning54": 0,  # 2 until round 186, 1 until round 206
    "tuning55": 0,
    "tuning56": 1,
    "tuning57": 0,  # 1 until round 203
    "tuning58": 0,  # 1 until round 206
    "tuning59": 1,  # 2 until round 206
    "tuning60": 0,
    "tuning61": 1,  # 2 until round 334
    "tuning62": 1,
    "tuning63": 0,
    "tuning64": 1,
    "tuning65": 6,
    "tuning66": 0,
    "tuning67": 2,
    "tuning68": 2,
    "tuning69": 2,
    "tuning70": 0,  # 1 until round 334
    "tuning71": 3,
    "tuning72": 5,  # 6 until round 408
    "tuning73": 4,
    "tuning74": 0,
    "tuning75": 1,  # 2 until round 334
    "tuning76": 1,
    "tuning77": 3,
    "tuning78": 2,  # 3 until round 245
    "tuning79": 4,  # 5 until round 334
    "tuning80": 1,
    "tuning81": 3,
    "tuning82": 0,  # 3 until round 245, 1 until round 373
    "tuning83": 1,
    "tuning84": 1,  # 2 until round 334
    "tuning85": 3,
    "tuning86": 2,
    "tuning87": 2,
    "tuning88": 3,
    "tuning89": 1,
    "tuning90": 1,
    "tuning91": 1,  # 2 until round 334
    "tuning92": 2,  # 3 until round 334
    "tuning93": 2,
    "tuning94": 4,  # 5 until round 334
    "tuning95": 1,  # 2 until round 408
    "tuning96": 1,
    "tuning97": 2,
    "tuning98": 2,
    "tuning99": 6,
    "tuning100": 1,
    "tuning101": 2,  # 3 until round 334
    "tuning102": 3,
    "tuning103": 2,
    "tuning104": 3,
    "tuning105": 1,
    "tuning106": 2,
    "tuning107": 1,
    "tuning108": 3,  # 4 until round 334
    "tuning109": 3,
    "tuning110": 1,
    "tuning111": 1,
    "tuning112": 2,  # 3 until round 334
    "tuning113": 1,  # 3 until round 334, 2 until round 373
    "tuning114": 2,  # 3 until round 373
    "tuning115": 2,
    "tuning116": 2,
    "tuning117": 6,
    "tuning118": 0,  # 1 until round 336
    "tuning119": 1,  # 2 until round 334
    "tuning120": 3,
    "tuning121": 2,
    "tuning122": 2,  # 4 until round 334
    "tuning123": 1,
    "tuning124": 3,
    "tuning125": 5,
    "tuning126": 1,
    "tuning127": 2,
    "tuning128": 2,  # 4 until round 334; 3 until round 410
    "tuning129": 1,
    "tuning130": 0,  # 1 until round 336
    "tuning131": 3,
    "tuning132": 0,  # 1 until round 336
    "tuning133": 1,
    "tuning134": 2,
    "tuning135": 6,
    "tuning136": 2,
    "tuning137": 2,  # 3 until round 407
    "tuning138": 2,
    "tuning139": 1,
    "tuning140": 2,
    "tuning141": 2,
    "tuning142": 5,
    "tuning143": 1,
    "tuning144": 1,
    "tuning145": 0,
    "tuning146": 2,
    "tuning147": 1,
    "tuning148": 1,
    "tuning149": 2,
    "tuning150": 3,
    "tuning151": 4,
    "tuning152": 0,
    "tuning153": 0,
    "tuning154": 2,
    "tuning155": 1,
    "tuning156": 1,
    "tuning157": 1,
    "tuning158": 1,
    "tuning159": 2,
    "tuning160": 0,
    "tuning161": 2,
    "tuning162": 1,
    "tuning163": 1,  # 2 until round 410
    "tuning164": 2,
    "tuning165": 2,
    "tuning166": 5,  # 6 until round 407
    "tuning167": 5,  # 6 until round 410
    "tuning168": 6,
    "tuning169": 4,
    "tuning170": 0,
    "tuning171": 0,  # 1 until round 408
    "tuning172": 1,
    "tuning173": 4,
    "tuning174": 0,
    "tuning175": 1,
    "tuning176": 3,
    "tuning177": 2,
    "tuning178": 1,
    "tuning179": 2,
    "tuning180": 1,  # 2 until round 407
    "tuning181": 1,
    "tuning182": 0,
    "tuning183": 1,
    "tuning184": 2,
    "tuning185": 1,
    "tuning186": 1,
    "tuning187": 1,  # 2 until round 408
    "tuning188": 0,
    "tuning189": 1,  # 2 until round 407
    "tuning190": 3,
    "tuning191": 2,
    "tuning192": 2,  # 3 until round 407
    "tuning193": 0,
    "tuning194": 0,
    "tuning195": 3,
    "tuning196": 0,
    "tuning197": 1,
    "tuning198": 1,
    "tuning199": 1,
    "tuning200": 0,
    "tuning201": 0,
    "tuning202": 1,
    "tuning203": 0,
    "tuning204": 1,
    "tuning205": 2,
    "tuning206": 3,
    "tuning207": 3,
    "tuning208": 0,
    "tuning209": 1,
    "tuning210": 0,
    "tuning211": 5,
    "tuning212": 2,
}
"""A term is never given a speaker (tuning3 had 2 before issue 13, tuning4 1 before round 3,
tuning5 6 before round 4, 1 before round 5; tuning6 2 before round 5; tuning7 4 before
round 6; tuning8 1 before round 7; tuning9, tuning10 and tuning11 gave 1, 3 and 3 when
round 8 started to read them, 0, 1 and 1 after it; tuning12 1 when round 9 started, 0 after
round 9a's term frames, which also took tuning11 to 0; tuning13 gave 1, unread, when its
second half arrived in round 10, 0 after; tuning14 gave 2 and 1, unread, when its halves
arrived in round 11, 0 after; tuning15 gave 0 and 2, unread, when its halves arrived in
round 13, 0 after; tuning16 gave 8 on main and 5 on round 14's first rules, unread, 0 after;
tuning17 and tuning18 gave 5 and 4 on main, unread, and still do after round 15, whose class
was speakers; tuning19 and tuning20, held out as blind5 and blind13 until round 15's follow-up
read them, gave 1 and 5; round 20's term frames took the four to 2, 1, 0 and 2; tuning23
gave 5 when round 55 read it, 3 after 'what engineers call a "..."'; round 63's term frames
took tuning10, 17, 18, 20, 22, 23, 24 and 26 from 1, 2, 1, 2, 2, 3, 2, 2 to 0, 0, 0, 1, 0, 1,
0, 1; tuning27, written to be read for terms, gave 8 on its first run, 2 after round 77;
tuning36, written rich in terms, gave 14 on its first run; round 87 took tuning26, 30, 32 and
36 from 1, 3, 3 and 14 to 0, 2, 2 and 8; tuning39 and tuning40 gave 4 and 5, unread, in
session 23; tuning41 2, tuning42 4 and tuning43 2, unread, in session 24; tuning44 2,
tuning45 2 and tuning46 1, unread, in session 25, tuning46 0 after round 140; tuning47 1,
unread, in session 26, and tuning48 0; tuning49, written rich in terms, 8 of 9, unread, in
session 27, 5 after round 156 as merged, 1 after round 159; tuning50 3 of 3, unread, in
session 28, 2 after round 163; tuning51 3 of 4, unread, in session 28, 0 after round 167; tuning52
0 of 2 and tuning53 4 of 5, unread, in session 29, tuning53 1 after round 174, which also
took tuning29 from 2 to 1; tuning54 2 of 2 and tuning55 0 of 0, unread, in session 30;
round 182's naming frames took tuning27, 32, 34, 37, 45 and 50 from 2, 1, 3, 2, 1 and 2 to 0,
0, 2, 1, 0 and 1; tuning56 1 of 2 and tuning57 1 of 1, unread, in session 31, tuning57 0 after
round 203; tuning58 1 of 1 and tuning59 2 of 2, unread, in session 32; round 206 took
tuning54, 58 and 59 from 1, 1 and 2 to 0, 0 and 1; tuning60 0 of 0 and tuning61 2 of 2,
unread, in session 33; tuning62 1 of 1 and tuning63 0 of 1, unread, in
session 34, and tuning64 1 of 3 and tuning65 6 of 7 after round 215, tuning66 0 of 1 and
tuning67 2 of 3 after round 219, tuning68 2 of 3 and tuning69 2 of 3, unread, on
e4b80c9f, tuning70 1 of 1 and tuning71 3 of 3, unread, on c884a531, tuning72 6 of 6 and
tuning73 4 of 4, unread, on 32dc67a5,
tuning74 0 of 2 and tuning75 3 of 3, unread, on 36630767,
tuning76 2 of 4 and tuning77 3 of 3, unread, on d3d0548d,
tuning78 3 of 3 and tuning79 5 of 5, unread, on c6c07332,
tuning80 1 of 2 and tuning81 3 of 3, unread, on 2addd176,
tuning82 3 of 3, tuning83 1 of 1, tuning84 3 of 3 and tuning85 3 of 3, unread, on 1971b298,
tuning86 2 of 2 and tuning87 2 of 2, unread, on 1d75d6e0,
tuning88 3 of 4 and tuning89 1 of 1, unread, on ba08be68,
tuning90 1 of 1 and tuning91 2 of 5, unread, on 243a0f89,
tuning92 3 of 3 and tuning93 2 of 2, unread, on 18cacfc2,
tuning94 5 of 6 and tuning95 2 of 2, unread, on 03cb9656,
tuning96 1 of 1 and tuning97 2 of 2, unread, on ab109fe1,
tuning98 2 of 2 and tuning99 6 of 6, unread, on 95f27ad9,
tuning100 1 of 1 and tuning101 3 of 4, unread, on bf0423eb,
tuning102 3 of 4 and tuning103 2 of 2, unread, on a525b626,
tuning104 3 of 3 and tuning105 1 of 1, unread, on 86d5267f,
tuning106 2 of 4 and tuning107 1 of 1, unread, on c27ecb0d,
tuning108 4 of 4 and tuning109 3 of 4, unread, on d5c3bcdd,
tuning110 1 of 1 and tuning111 1 of 2, unread, on df678e6a,
tuning112 3 of 3 and tuning113 3 of 3, unread, on df678e6a,
tuning114 3 of 4 and tuning115 2 of 3, unread, on ff1fc23e,
tuning116 2 of 3 and tuning117 6 of 6, unread, on ffb5f623,
tuning118 1 of 2 and tuning119 2 of 5, unread, on f6edd318,
tuning120 3 of 3 and tuning121 2 of 2, unread, on 98c07db0,
tuning122 4 of 4, tuning123 1 of 1 and tuning124 3 of 3, unread, on 6b373f2c,
tuning125 5 of 5, tuning126 1 of 2 and tuning127 2 of 2, unread, on 9aa046c6,
tuning128 4 of 4 and tuning129 1 of 1, unread, on ab027d9c,
tuning130 1 of 1, tuning131 3 of 3 and tuning132 1 of 2, unread, on c82d6e0a,
tuning133 1 of 1 and tuning134 2 of 2, unread, on c82d6e0a,
tuning135 6 of 6 and tuning136 2 of 3, unread, on c82d6e0a,
tuning137 3 of 4 and tuning138 2 of 2, unread, on a7b4ceec,
tuning139 1 of 1, tuning140 2 of 3, tuning141 2 of 3, tuning142 5 of 5, tuning143 1 of 1,
tuning144 1 of 1 and tuning145 0 of 1, unread, on 10bccb70,
tuning146 2 of 4, tuning147 1 of 1, tuning148 1 of 1 and tuning149 2 of 2, unread, on 10bccb70
and 7f90b152,
tuning150 3 of 4, tuning151 4 of 4, tuning152 0 of 1, tuning153 0 of 0,
tuning154 2 of 2, tuning155 1 of 1 and tuning156 1 of 1, unread, on 1f4cc299,
tuning157 1 of 2, tuning158 1 of 2, tuning159 2 of 2, tuning160 0 of 0,
tuning161 2 of 2, tuning162 1 of 1 and tuning163 2 of 2, unread, on 0bf9c548,
tuning164 2 of 2, tuning165 2 of 3, tuning166 6 of 7, tuning167 6 of 6,
tuning168 6 of 6, tuning169 4 of 4 and tuning170 0 of 0, unread, on dc96f781,
tuning171 1 of 3, tuning172 1 of 2, tuning173 4 of 4, tuning174 0 of 0,
tuning175 1 of 1, tuning176 3 of 4 and tuning177 2 of 2, unread, on 87bf361c,
tuning178 1 of 1, tuning179 2 of 4, tuning180 2 of 4, tuning181 1 of 4,
tuning182 0 of 1, tuning183 1 of 2 and tuning184 2 of 2, unread, on 4566f28f,
tuning185 1 of 1, tuning186 1 of 1, tuning187 2 of 4, tuning188 0 of 0,
tuning189 2 of 3, tuning190 3 of 3 and tuning191 2 of 3, unread, on f6a0eddb,
tuning192 3 of 3, tuning193 0 of 1, tuning194 0 of 0, tuning195 3 of 3,
tuning196 0 of 0, tuning197 1 of 2 and tuning198 1 of 1, unread, on 2122f877,
tuning199 1 of 1, tuning200 0 of 0, tuning201 0 of 1, tuning202 1 of 1,
tuning203 0 of 0, tuning204 1 of 1 and tuning205 2 of 2, unread, on ab465fd2,
tuning206 3 of 3, tuning207 3 of 4, tuning208 0 of 1, tuning209 1 of 1,
tuning210 0 of 0, tuning211 5 of 5 and tuning212 2 of 2, unread, on 5f8c9e60:
a ratchet down to 0)."""

HELD_OUT_FLOOR: dict[str, dict[str, float]] = {
    "blind7": {
        "precision": 0.945,
        "recall": 0.981,
        "speaker_accuracy": 0.936,
        "end_to_end_f1": 0.901,
    },
    "blind8": {
        "precision": 1.000,
        "recall": 0.983,
        "speaker_accuracy": 0.883,
        "end_to_end_f1": 0.875,
    },
    "blind9": {
        "precision": 0.986,
        "recall": 0.972,
        "speaker_accuracy": 0.891,
        "end_to_end_f1": 0.872,
    },
    "blind11": {
        "precision": 0.974,
        "recall": 0.970,  # 0.974 until round 14's trade
        "speaker_accuracy": 0.938,
        "end_to_end_f1": 0.914,
    },
    "blind16": {
        "precision": 0.992,
        "recall": 0.968,
        "speaker_accuracy": 0.908,
        "end_to_end_f1": 0.890,
    },
    "blind17": {
        "precision": 0.988,
        "recall": 0.969,
        "speaker_accuracy": 0.885,
        "end_to_end_f1": 0.866,
    },
    "blind19": {
        "precision": 0.986,
        "recall": 0.977,
        "speaker_accuracy": 0.881,
        "end_to_end_f1": 0.864,
    },
    "blind20": {
        "precision": 0.990,
        "recall": 0.975,
        "speaker_accuracy": 0.894,
        "end_to_end_f1": 0.878,
    },
    "blind21": {
        "precision": 0.985,
        "recall": 0.976,
        "speaker_accuracy": 0.865,
        "end_to_end_f1": 0.848,
    },
    "blind22": {
        "precision": 0.983,
        "recall": 0.994,
        "speaker_accuracy": 0.918,
        "end_to_end_f1": 0.908,
    },
    "blind23": {
        "precision": 0.971,
        "recall": 0.985,
        "speaker_accuracy": 0.900,
        "end_to_end_f1": 0.881,
    },
    "blind24": {
        "precision": 0.974,
        "recall": 0.989,
        "speaker_accuracy": 0.859,
        "end_to_end_f1": 0.844,
    },
    "blind25": {
        "precision": 0.979,
        "recall": 0.990,
        "speaker_accuracy": 0.905,
        "end_to_end_f1": 0.891,
    },
    "blind26": {
        "precision": 0.970,
        "recall": 0.995,
        "speaker_accuracy": 0.939,
        "end_to_end_f1": 0.923,
    },
    "blind27": {
        "precision": 0.984,
        "recall": 0.995,
        "speaker_accuracy": 0.946,
        "end_to_end_f1": 0.935,
    },
    "blind28": {
        "precision": 0.957,
        "recall": 0.980,
        "speaker_accuracy": 0.930,
        "end_to_end_f1": 0.901,
    },
    "blind29": {
        "precision": 0.970,
        "recall": 0.985,
        "speaker_accuracy": 0.914,
        "end_to_end_f1": 0.893,
    },
    "blind30": {
        "precision": 0.989,
        "recall": 0.957,
        "speaker_accuracy": 0.881,
        "end_to_end_f1": 0.857,
    },
    "blind31": {
        "precision": 0.984,
        "recall": 0.979,
        "speaker_accuracy": 0.929,
        "end_to_end_f1": 0.912,
    },
    "blind32": {
        "precision": 0.990,
        "recall": 0.955,
        "speaker_accuracy": 0.911,
        "end_to_end_f1": 0.886,
    },
    "blind33": {
        "precision": 0.990,
        "recall": 0.966,
        "speaker_accuracy": 0.929,
        "end_to_end_f1": 0.909,
    },
    "blind34": {
        "precision": 0.989,
        "recall": 0.979,
        "speaker_accuracy": 0.947,
        "end_to_end_f1": 0.932,
    },
    "blind35": {
        "precision": 0.970,
        "recall": 0.985,
        "speaker_accuracy": 0.909,
        "end_to_end_f1": 0.888,
    },
    "blind36": {
        "precision": 0.985,
        "recall": 0.985,
        "speaker_accuracy": 0.888,
        "end_to_end_f1": 0.875,
    },
    "blind37": {
        "precision": 0.985,
        "recall": 0.995,
        "speaker_accuracy": 0.884,
        "end_to_end_f1": 0.875,
    },
    "blind38": {
        "precision": 0.984,
        "recall": 0.975,
        "speaker_accuracy": 0.938,
        "end_to_end_f1": 0.919,
    },
    "blind39": {
        "precision": 0.975,
        "recall": 0.995,
        "speaker_accuracy": 0.911,
        "end_to_end_f1": 0.898,
    },
    "blind40": {
        "precision": 0.989,
        "recall": 0.960,
        "speaker_accuracy": 0.902,
        "end_to_end_f1": 0.880,
    },
    "blind41": {
        "precision": 0.994,
        "recall": 0.969,
        "speaker_accuracy": 0.879,
        "end_to_end_f1": 0.863,
    },
    "blind42": {
        "precision": 0.973,
        "recall": 0.989,
        "speaker_accuracy": 0.941,
        "end_to_end_f1": 0.923,
    },
    "blind43": {
        "precision": 0.988,
        "recall": 0.983,
        "speaker_accuracy": 0.960,
        "end_to_end_f1": 0.947,
    },
    "blind44": {
        "precision": 0.988,
        "recall": 0.978,
        "speaker_accuracy": 0.977,
        "end_to_end_f1": 0.961,
    },
    "blind45": {
        "precision": 0.967,
        "recall": 0.989,
        "speaker_accuracy": 0.928,
        "end_to_end_f1": 0.908,
    },
    "blind46": {
        "precision": 0.989,
        "recall": 0.994,
        "speaker_accuracy": 0.927,
        "end_to_end_f1": 0.920,
    },
    "blind47": {
        "precision": 0.973,
        "recall": 0.978,
        "speaker_accuracy": 0.978,
        "end_to_end_f1": 0.954,
    },
    "blind48": {
        "precision": 0.994,
        "recall": 0.988,
        "speaker_accuracy": 0.960,
        "end_to_end_f1": 0.952,
    },
    "blind49": {
        "precision": 1.000,
        "recall": 0.983,
        "speaker_accuracy": 0.960,
        "end_to_end_f1": 0.952,
    },
    "blind50": {
        "precision": 0.978,
        "recall": 0.968,
        "speaker_accuracy": 0.945,
        "end_to_end_f1": 0.920,
    },
    "blind51": {
        "precision": 0.989,
        "recall": 0.994,
        "speaker_accuracy": 0.927,
        "end_to_end_f1": 0.920,
    },
    "blind52": {
        "precision": 0.979,
        "recall": 0.970,
        "speaker_accuracy": 0.948,
        "end_to_end_f1": 0.925,
    },
    "blind53": {
        "precision": 0.989,
        "recall": 0.989,
        "speaker_accuracy": 0.919,
        "end_to_end_f1": 0.910,
    },
    "blind54": {
        "precision": 0.967,
        "recall": 0.990,
        "speaker_accuracy": 0.942,
        "end_to_end_f1": 0.923,
    },
    "blind55": {
        "precision": 0.981,
        "recall": 0.990,
        "speaker_accuracy": 0.928,
        "end_to_end_f1": 0.915,
    },
    "blind56": {
        "precision": 0.966,
        "recall": 0.943,
        "speaker_accuracy": 0.965,
        "end_to_end_f1": 0.921,
    },
    "blind57": {
        "precision": 1.0,
        "recall": 0.990,
        "speaker_accuracy": 0.933,
        "end_to_end_f1": 0.929,
    },
    "blind58": {
        "precision": 0.989,
        "recall": 0.985,
        "speaker_accuracy": 0.944,
        "end_to_end_f1": 0.932,
    },
    "blind59": {
        "precision": 0.995,
        "recall": 0.990,
        "speaker_accuracy": 0.935,
        "end_to_end_f1": 0.928,
    },
    "blind60": {
        "precision": 0.985,
        "recall": 0.956,
        "speaker_accuracy": 0.939,
        "end_to_end_f1": 0.912,
    },
    "blind61": {
        "precision": 0.984,
        "recall": 0.960,
        "speaker_accuracy": 0.948,
        "end_to_end_f1": 0.921,
    },
    "blind62": {
        "precision": 0.995,
        "recall": 0.986,
        "speaker_accuracy": 0.887,
        "end_to_end_f1": 0.879,
    },
}
"""Each held-out split's gate: its first honest run, on the extractor before any rule change
after it was written (blind5: 16 articles, 166 quotations, before the sixth; blind6: 16
articles, 168 quotations, before the seventh; blind7: 16 articles, 159 quotations, before the
eighth; blind8: 18 articles, 174 quotations, before the ninth; blind9: 16 articles, 217
quotations, before the eleventh; blind10: 16 articles, 191 quotations, before the twelfth;
blind11 and blind12: 16 articles each, 232 and 201 quotations, before the thirteenth; blind13:
16 articles, 168 quotations, after the fourteenth, for the next; blind14: 16 articles, 211
quotations, and blind15: 16 articles, 247 quotations, both before the fifteenth; blind16: 16
articles, 248 quotations, before the nineteenth; blind17: 16 articles, 260 quotations, before
the twenty-second; blind18: 16 articles, 261 quotations, before the thirty-first; blind19: 16
articles, 215 quotations, before the fortieth; blind20: 16 articles, 203 quotations, before
the forty-sixth; blind21: 16 articles, 205 quotations, before the forty-seventh; blind22: 16
articles, 172 quotations, after the fifty-fourth, for the next; blind23: 16 articles, 204
quotations, blind24: 16 articles, 187 quotations,
blind25: 16 articles, 191 quotations, and blind26: 16 articles, 198 quotations, all four before
the fifty-fifth; blind27: 16 articles, 185 quotations, before the seventy-fifth; blind28: 16
articles, 205 quotations, after the eighty-third, for the next, and the same on the rules
before the seventy-fifth; blind29: 16 articles, 200 quotations, before the eighty-fourth;
blind30: 16 articles, 185 quotations, after the ninety-first, for the next, and the same on the
rules before the eighty-fourth; blind31: 16 articles, 187 quotations, on d7720bd, before the
ninety-sixth; blind32: 16 articles, 201 quotations, after the one hundred and fourteenth, for
the next; blind33: 16 articles, 205 quotations, on 44403c5, the same rules; blind34: 16
articles, 191 quotations, on 55552ce, before the one hundred and twenty-seventh; blind35: 16
articles, 200 quotations, on f46b37b, before the one hundred and thirty-seventh; blind36: 16
articles, 200 quotations, on 69c0298d, before the one hundred and fifty-first, and the same
after it; blind37: 16 articles, 200 quotations, on 6f6598dd, before the one hundred and
fifty-ninth; blind38: 16 articles, 200 quotations, on ac790959, before the one hundred and
sixty-ninth; blind39: 16 articles, 204 quotations, on 80f1b8ae, before the one hundred and
eighty-second; blind40: 16 articles, 203 quotations, on 3bd70152, before the one hundred and
ninety-third; blind41: 16 articles, 197 quotations, on e7a1b9fd, before the two hundred and
second; blind42: 16 articles, 189 quotations, on 10848d99, before the two hundred and ninth;
blind43: 16 articles, 182 quotations, on ac7b742e, before the two hundred and fifteenth;
blind44: 16 articles, 182 quotations, on e4b80c9f, before the two hundred and twenty-fourth;
blind45: 16 articles, 183 quotations, on 1971b298, before the two hundred and fortieth;
blind46: 16 articles, 181 quotations, on 243a0f89, before the two hundred and forty-seventh;
blind47: 16 articles, 186 quotations, on bf0423eb, before the two hundred and seventieth;
blind48: 16 articles, 181 quotations, on 86d5267f, before the two hundred and eightieth;
blind49: 16 articles, 182 quotations, on df678e6a, before the two hundred and ninety-fifth;
blind50: 16 articles, 190 quotations, on ffb5f623, before the three hundred and ninth;
blind51: 16 articles, 194 quotations, on 6b373f2c, before the three hundred and twenty-first;
blind52: 16 articles, 201 quotations, on c82d6e0a, before the three hundred and thirty-fourth;
blind53: 16 articles, 189 quotations, on 10bccb70, before the three hundred and forty-sixth;
blind54: 16 articles, 212 quotations, on 1f4cc299, before the three hundred and fifty-eighth;
blind55: 16 articles, 211 quotations, on 0bf9c548, before the three hundred and sixty-eighth;
blind56: 16 articles, 213 quotations, on dc96f781, before the three hundred and seventy-sixth;
blind57: 16 articles, 214 quotations, on 87bf361c, before the three hundred and eighty-second;
blind58: 16 articles, 200 quotations, on 4566f28f, before the three hundred and ninetieth;
blind59: 16 articles, 202 quotations, on f6a0eddb, before the three hundred and ninety-sixth;
blind60: 16 articles, 208 quotations, on 2122f877, before the four hundred and second;
blind61: 16 articles, 201 quotations, on ab465fd2, before the four hundred and seventh;
blind62: 16 articles, 225 quotations, on 5f8c9e60, before the four hundred and eleventh).
A floor against regressions, not the goal (``GOALS``); the figures after each round are in
docs/PERFORMANCE.md. Never raise it by tuning on the split. blind5 and blind13 fell under
their floors with round 15 (2 and 1 quotations); the reviewer read those quotations and fixed
the two rules that lost them, so both are tuning splits now (``tuning19``, ``tuning20``).
blind18 was handed over to be read by round 53 (``tuning21``), at 0.857 speaker accuracy, and
blind10 by round 54 (``tuning22``), at 0.856; blind12 and blind15 by rounds 55 and 56
(``tuning23``, ``tuning24``), at 0.872 and 0.878; blind6 and blind14 by rounds 57 and 58
(``tuning25``, ``tuning26``), at 0.877 and 0.880.

Lowered once, for spans recall only, and by exactly what was lost: round 14 (terms, written
from invented sentences and ``tuning16`` by a writer who never saw a held-out split) made 4
fewer terms on the held-out splits take a speaker (22 to 18; the worst error the panel can
make) and in doing so read 7 real short partials as terms and dropped them (blind5 2, blind6 1,
blind11 1, blind12 3); every split's recall stays above the goal (0.95). Keeping the round was
the lead's decision on these figures; no rule was changed because of them. A variant that kept
such spans as quotations with no speaker moved the loss into speaker accuracy instead, so it
was not taken."""

HELD_OUT_MAX_TERMS_WITH_SPEAKER = {
    "blind7": 3,
    "blind8": 0,
    "blind9": 2,  # 3 until round 20
    "blind11": 4,
    "blind16": 2,
    "blind17": 2,
    "blind19": 2,
    "blind20": 2,
    "blind21": 1,
    "blind22": 2,
    "blind23": 3,  # 4 until round 55
    "blind24": 5,
    "blind25": 4,
    "blind26": 4,
    "blind27": 2,
    "blind28": 6,
    "blind29": 2,
    "blind30": 0,
    "blind31": 1,
    "blind32": 0,
    "blind33": 1,
    "blind34": 1,
    "blind35": 5,
    "blind36": 1,
    "blind37": 3,
    "blind38": 1,
    "blind39": 4,
    "blind40": 1,
    "blind41": 1,
    "blind42": 5,
    "blind43": 1,
    "blind44": 0,
    "blind45": 5,
    "blind46": 1,
    "blind47": 3,
    "blind48": 1,
    "blind49": 0,
    "blind50": 2,
    "blind51": 0,
    "blind52": 3,
    "blind53": 2,
    "blind54": 5,
    "blind55": 4,
    "blind56": 4,
    "blind57": 0,
    "blind58": 2,
    "blind59": 0,
    "blind60": 3,
    "blind61": 3,
    "blind62": 0,
}
"""Terms given a speaker in each held-out split, a ratchet down from its first honest run
(blind5 2, blind6 1, blind7 6, blind8 0, blind9 3, blind10 4, blind11 6, blind12 5) to the
figures after round 14 (blind14's first run, 3, and blind15's, 2, came before round 15;
blind16's, 2, before round 19; blind27's, 2, before round 75; blind28's, 6, after round 83;
blind29's, 2, before round 84; blind30's, 0, after round 91; blind31's, 1, before round 96;
blind32's, 0, after round 114; blind33's, 1, on the same rules; blind34's, 1, on 55552ce;
blind35's, 5, on f46b37b; blind36's, 1, on 69c0298d; blind37's, 3, on 6f6598dd;
blind38's, 1, on ac790959; blind39's, 4, on 80f1b8ae; blind40's, 1, on
3bd70152; blind41's, 1, on e7a1b9fd; blind42's, 5, on 10848d99; blind43's, 1, on ac7b742e;
blind44's, 0, on e4b80c9f;
blind45's, 5, on 1971b298;
blind46's, 1, on 243a0f89;
blind47's, 3, on bf0423eb;
blind48's, 1, on 86d5267f;
blind49's, 0, on df678e6a;
blind50's, 2, on ffb5f623;
blind51's, 0, on 6b373f2c;
blind52's, 3, on c82d6e0a;
blind53's, 2, on 10bccb70;
blind54's, 5, on 1f4cc299;
blind55's, 4, on 0bf9c548;
blind56's, 4, on dc96f781;
blind57's, 0, on 87bf361c;
blind58's, 2, on 4566f28f;
blind59's, 0, on f6a0eddb;
blind60's, 3, on 2122f877;
blind61's, 3, on ab465fd2;
blind62's, 0, on 5f8c9e60),
and blind9's after round 20 (2);
the goal is 0."""


def _below(result: Score, floor: dict[str, float | None]) -> dict[str, float]:
    figures: dict[str, Any] = {name: getattr(result, name) for name in floor}
    return {
        name: round(value, 3)
        for name, value in figures.items()
        if floor[name] is not None and round(value, 3) < floor[name]
    }


@pytest.mark.parametrize("split", TUNING_SPLITS)
def test_tuning_split_keeps_its_figures(split: str) -> None:
    result = score(load(split))
    report = "\n".join(map(str, result.mismatches))
    below = _below(result, dict(TUNING_FLOOR[split]))
    assert not below, f"{result.summary()}\nbelow the floor: {below}\nmismatches:\n{report}"
    assert result.terms_with_speaker <= TUNING_MAX_TERMS_WITH_SPEAKER[split], report


@pytest.mark.parametrize("split", HELD_OUT)
def test_held_out_split_meets_its_floor(split: str) -> None:
    assert has_split(split), f"a floor is set but the corpus has no {split} split"
    summary, below, terms = _figures_only(split, HELD_OUT_FLOOR[split])
    assert not below, summary
    assert terms <= HELD_OUT_MAX_TERMS_WITH_SPEAKER[split], summary


def _figures_only(split: str, floor: dict[str, float]) -> tuple[str, dict[str, float], int]:
    """A held-out split's summary line, the figures below its floor and its terms given a
    speaker: plain values, so that a failing assertion (whose rewriting prints every object
    it names) never shows the split's mismatches to whoever tunes the rules."""
    result = score(load(split))
    return result.summary(), _below(result, dict(floor)), result.terms_with_speaker


def test_a_failing_held_out_gate_shows_figures_only() -> None:
    split = HELD_OUT[0]
    summary, below, _terms = _figures_only(split, dict.fromkeys(GOALS, 1.01))
    with pytest.raises(AssertionError) as failure:
        assert not below, summary
    shown = str(failure.value)
    assert summary in shown and set(below) == set(GOALS)
    assert "Mismatch(" not in shown and "mismatches" not in shown


def test_corpus_has_every_tuning_split() -> None:
    assert len(load("dev")) >= 30
    assert len(load("tuning2")) >= 10
    assert len(load("tuning3")) >= 12
    assert len(load("tuning4")) >= 15
    assert len(load("tuning5")) >= 26
    assert len(load("tuning6")) >= 26
    assert len(load("tuning7")) >= 18
    assert len(load("tuning8")) >= 16
    assert len(load("tuning9")) >= 16
    assert len(load("tuning10")) >= 16
    assert len(load("tuning11")) >= 16
    assert len(load("tuning12")) >= 16
    assert len(load("tuning13")) >= 16
    assert len(load("tuning14")) >= 16
    assert len(load("tuning15")) >= 16
    assert len(load("tuning16")) >= 12
    assert len(load("tuning17")) >= 16
    assert len(load("tuning18")) >= 16
    assert len(load("tuning19")) >= 16
    assert len(load("tuning20")) >= 16
    assert len(load("tuning21")) >= 16
    assert len(load("tuning22")) >= 16
    assert len(load("tuning23")) >= 16
    assert len(load("tuning24")) >= 16
    assert len(load("tuning25")) >= 16
    assert len(load("tuning26")) >= 16


# --- the scorer --------------------------------------------------------------------------------


def quote(text: str, paragraph: int | None, speaker: str | None, short: str | None) -> Quote:
    return Quote(text, speaker, paragraph, "full", 0, len(text), speaker_short=short)


def test_overlap_is_shared_words_over_the_larger_count() -> None:
    assert overlap("We will not back down,", "we will NOT back down") == 1.0
    assert overlap("a b c d e", "a b c d") == 0.8
    assert overlap("a b c d e", "a b c") == 0.6
    assert overlap("", "") == 0.0


def test_speaker_matches_short_form_or_inside_the_full_one() -> None:
    kim = quote("x", 0, "Kim Min-ji, a professor at Korea University", "Kim Min-ji")
    assert speaker_right("Kim Min-ji", kim)
    assert speaker_right("professor at Korea  University", kim)
    assert not speaker_right("Lee Bo-ram", kim)
    assert not speaker_right(None, kim)
    assert speaker_right(None, quote("x", 0, None, None))
    assert speaker_right("Seoul’s chief", quote("x", 0, "Seoul's chief negotiator", None))


def test_score_counts_matches_misses_and_wrong_speakers() -> None:
    article = {
        "id": "t",
        "headline": "h",
        "paragraphs": ["p0", "p1", "p2"],
        "quotes": [
            {"paragraph": 0, "text": "one two three four five", "speaker": "Kim", "kind": "full"},
            {"paragraph": 1, "text": "six seven", "speaker": "Lee", "kind": "partial"},
            {"paragraph": 2, "text": "missed words", "speaker": None, "kind": "partial"},
        ],
    }
    found = [
        quote("one two three four", 0, "Kim Min-ji", "Kim"),  # 4/5 words: a match
        quote("six seven", 1, "Park", "Park"),  # right span, wrong speaker
        quote("six seven", 0, "Lee", "Lee"),  # wrong paragraph: spurious
    ]
    result = score_article(article, lambda _h, _p: found)
    assert (result.gold, result.extracted, result.matched, result.speaker_right) == (3, 3, 2, 1)
    assert sorted(m.what for m in result.mismatches) == ["missed", "speaker", "spurious"]
    assert round(result.precision, 3) == round(result.recall, 3) == 0.667
    assert result.speaker_accuracy == 0.5
    assert round(result.end_to_end_f1, 3) == 0.333


def test_empty_score_is_not_a_division_by_zero() -> None:
    assert Score().f1 == 1.0


def test_a_negative_extracted_with_a_speaker_is_counted_as_a_term() -> None:
    article = {
        "id": "t",
        "headline": "h",
        "paragraphs": ['The so-called "Blue Harbour" plan, he said.', "p1"],
        "quotes": [],
        "negatives": [{"paragraph": 0, "text": "Blue Harbour", "why": "name"}],
    }
    given = score_article(article, lambda _h, _p: [quote("Blue Harbour", 0, "Kim", "Kim")])
    silent = score_article(article, lambda _h, _p: [quote("Blue Harbour", 0, None, None)])
    elsewhere = score_article(article, lambda _h, _p: [quote("Blue Harbour", 1, "Kim", "Kim")])
    assert (given.terms, given.terms_with_speaker) == (1, 1)
    assert (silent.terms, silent.terms_with_speaker) == (1, 0)
    assert (elsewhere.terms, elsewhere.terms_with_speaker) == (0, 0)
    assert [m.what for m in given.mismatches] == ["term", "spurious"]
