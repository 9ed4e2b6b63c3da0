"""Personal names: given names that tell gender, and family names written first.

Given names: common English-language given names and those of people prominent in
international news, each with the gender it usually implies. Family names written first:
the commonest Chinese (Hanyu Pinyin), Korean and Vietnamese family names, which lead a
person's name (``Xi Jinping``, ``Moon Jae-in``, ``Nguyen Xuan Phuc``), so that a later
``Xi`` or ``Moon`` is known to mean the same person.
"""

from __future__ import annotations

__all__ = ["FAMILY_NAME_FIRST", "GIVEN_NAMES"]

_MALE = """
Aaron Abdul Abdullah Adam Ahmed Alan Albert Alejandro Alexander Alexei Ali Andrew Andrei
Angelo Anthony Antonio Antony Arnold Barack Ben Benjamin Bernie Bill Bob Boris Brad Brian
Bruce Carl Carlos Charles Chris Christopher Chuck Colin Daniel Dave David Dennis Dick
Dmitry Don Donald Doug Douglas Ed Edward Emmanuel Eric Evan Francis Frank Gary George
Gerald Greg Gregory Harry Henry Hugh Ian Igor Ivan Jack Jacob James Jared Jason Jean
Jeb Jeff Jeffrey Jeremy Jerry Jim Jimmy Joe John Jon Jonathan Jorge Jose Joseph Josh
Juan Justin Keith Ken Kenneth Kevin Larry Lawrence Lindsey Luis Marco Mark Martin
Matt Matthew Michael Mike Mitch Mitt Mohammed Muhammad Narendra Nathan Newt Nicholas
Nick Olaf Omar Oscar Patrick Paul Pedro Peter Phil Philip Ralph Rand Recep Reince
Richard Rick Rob Robert Roger Ron Ronald Rudy Rudolf Ryan Sam Samuel Scott Sean Sergei
Sergey Stephen Steve Steven Ted Terry Thomas Tim Timothy Todd Tom Tony Victor Vladimir
Walter Wayne William Willie Xi Yuri
"""
_FEMALE = """
Abigail Alice Alicia Amanda Amy Andrea Angela Ann Anna Anne Barbara Betty Betsy Carly
Carol Caroline Catherine Chelsea Christine Claire Clara Cynthia Debbie Deborah Diana
Diane Donna Dorothy Elena Elizabeth Ellen Emily Emma Eva Evelyn Gina Hannah Heather
Helen Hillary Huma Ivanka Jacqueline Jane Janet Janice Jennifer Jessica Jill Joan Joanna
Joyce Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathy Kayleigh Kellyanne
Kimberly Kristen Laura Lauren Linda Lisa Liz Lois Lucy Madeleine Margaret Maria Marie
Marine Martha Mary Megan Melania Melissa Michelle Monica Nancy Natalie Nicola Nikki Olga
Pamela Patricia Paula Rachel Rebecca Rosa Ruth Samantha Sandra Sara Sarah Sharon Sheryl
Sonia Sophie Stephanie Susan Susana Tammy Teresa Theresa Tulsi Ursula Valerie Victoria
Virginia Wendy Yulia
"""

GIVEN_NAMES: dict[str, str] = {
    **dict.fromkeys(_MALE.split(), "male"),
    **dict.fromkeys(_FEMALE.split(), "female"),
}
"""A given name to the gender it usually implies."""

FAMILY_NAME_FIRST: frozenset[str] = frozenset(
    # Chinese.
    """
    Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo
    Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai
    Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Wen Qin Bo Fu Hou Kong Lei Mao Qian Shi
    Tan Wan Yan Yi Yin Yu Zhai Zou
    """
    # Korean.
    """
    Kim Lee Park Moon Choi Jung Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Yoo Hong
    Jeon Ko Oh Roh Chun Ban Chung Baek Nam Noh Yun
    """
    # Vietnamese.
    """
    Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly
    """.split()
)
"""Family names that come first in the person's name, as written in English copy."""
