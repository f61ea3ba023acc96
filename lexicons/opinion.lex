# 转载不得夹带个人观点或情绪（第七条）：仅对转载稿件生效，草稿退回。
@category opinion
@scope    repost
@draft    returned
@comment  note
@severity medium
@article  第七条
@message  转载内容夹带个人观点或情绪（“{term}”），转载须忠实原文

我认为
我觉得
个人觉得
个人认为
小编认为
小编觉得
笔者认为
依我看
在我看来
个人感觉
我感觉
我个人认为
# 插入语“说实话，”（不是口号“说实话、办实事、求实效”里的字面）
说实话，
真让人
太让人
简直太
太好了
太棒了
气死了
