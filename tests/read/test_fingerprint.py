from dossier.read.fingerprint import (
    NEAR_DUPLICATE_THRESHOLD,
    band_keys,
    minhash_signature,
    pack_signature,
    similarity,
    unpack_signature,
)

STORY = (
    "A suicide bomber struck the gates of Kabul airport on Thursday evening, killing scores of "
    "people including thirteen American service members, officials said. The Islamic State "
    "affiliate in Afghanistan claimed responsibility for the attack in a statement posted online. "
    "Thousands of people had gathered outside the airport hoping to board evacuation flights. "
    "The Pentagon said a second explosion struck near a hotel close to the airport gates."
)


def test_a_lightly_edited_copy_is_a_near_duplicate() -> None:
    edited = STORY.replace("Thursday evening", "Thursday") + " Updated at 9pm."
    first, second = minhash_signature(STORY), minhash_signature(edited)
    assert similarity(first, second) >= NEAR_DUPLICATE_THRESHOLD
    assert set(band_keys(first)) & set(band_keys(second))


def test_a_different_story_is_not() -> None:
    other = (
        "Quarterly profits at the media giant jumped 76% to $1.13bn for the three months to "
        "December, helped by sales of high-speed internet connections and higher advert sales."
    )
    assert similarity(minhash_signature(STORY), minhash_signature(other)) < 0.2


def test_signature_is_stable_and_round_trips() -> None:
    signature = minhash_signature(STORY)
    assert signature == minhash_signature(STORY)
    assert unpack_signature(pack_signature(signature)) == signature
    assert all(0 <= key < 2**63 for key in band_keys(signature))
